import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerProductStatusWorkflow } from "../../../../../workflows/producer-product/workflows/set-producer-product-status"
import { retrieveOwnProduct } from "../../helpers"

/** Takes her product out of the store; orders that have it keep it. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveOwnProduct(req.scope, req.auth_context.actor_id, req.params.id)
  await setProducerProductStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action: "archive" },
  })
  res.json({
    product: await retrieveOwnProduct(req.scope, req.auth_context.actor_id, req.params.id),
  })
}
