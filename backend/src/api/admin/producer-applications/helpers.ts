import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveAdminProducerApplicationQueryConfig } from "./query-config"

/** One application with its history, as staff see it; 404 when there is none. */
export async function retrieveApplication(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [application],
  } = await query.graph({
    entity: "producer_application",
    fields: retrieveAdminProducerApplicationQueryConfig.defaults,
    filters: { id },
  })
  if (!application) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No application with the id ${id}.`)
  }
  return application
}
