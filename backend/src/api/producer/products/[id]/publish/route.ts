import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProducerProductStatusWorkflow } from "../../../../../workflows/producer-product/workflows/set-producer-product-status"
import { retrieveOwnProduct } from "../../helpers"

/** Puts an archived product of hers back on sale. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveOwnProduct(req.scope, req.auth_context.actor_id, req.params.id)
  await setProducerProductStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action: "publish" },
  })
  res.json({
    product: await retrieveOwnProduct(req.scope, req.auth_context.actor_id, req.params.id),
  })
}
