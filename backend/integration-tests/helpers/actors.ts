import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"
import { loginAs } from "./store"

type Api = Parameters<typeof loginAs>[1]

/** A shopper with her own account and e-mail: tests that need two tell them apart by it. */
export function createShopperHeadersFor(container: MedusaContainer, api: Api, email: string) {
  return loginAs(
    container,
    api,
    "customer",
    { email, password: "shopper-password" },
    (authIdentityId) =>
      createCustomerAccountWorkflow(container).run({
        input: { authIdentityId, customerData: { email } },
      })
  )
}

/**
 * A producer login whose shop the cooperative has not opened: her producer is still `pending`.
 * Approval makes shops active, so this is what a login looks like before (or around) it.
 */
export async function createPendingProducerHeaders(
  container: MedusaContainer,
  api: Api,
  { handle, name, email }: { handle: string; name: string; email: string }
) {
  const {
    result: [producer],
  } = await createProducersWorkflow(container).run({
    input: { producers: [{ handle, name, email, status: "pending" }] },
  })
  return loginAs(container, api, "producer", { email, password: "producer-password" }, (id) =>
    container
      .resolve(Modules.AUTH)
      .updateAuthIdentities({ id, app_metadata: { producer_id: producer.id } })
  )
}
