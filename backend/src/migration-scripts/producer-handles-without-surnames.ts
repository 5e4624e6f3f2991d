import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { handleShowsSurname } from "../utils/handle"
import { updateProducerProfileWorkflow } from "../workflows/producer/workflows/update-producer-profile"

/**
 * Producers who hid their surname before handles left it out still show it in their shop's
 * address. Each is given what hiding it gives her now: a handle without it (her profile saved
 * as it is), the old one leading to her shop. Runs once, with the database migrations.
 */
export default async function producerHandlesWithoutSurnames({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: hiding } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "name", "full_name"],
    filters: { show_full_name: false },
  })
  const showing = (
    hiding as { id: string; handle: string; name: string; full_name: string | null }[]
  ).filter((producer) => handleShowsSurname(producer.handle, producer.full_name ?? producer.name))
  for (const { id } of showing) {
    await updateProducerProfileWorkflow(container).run({ input: { id, changes: {} } })
  }
}
