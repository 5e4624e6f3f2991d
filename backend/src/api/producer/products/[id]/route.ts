import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-product/workflows/update-producer-product"
import { assertOwnProduct, retrieveOwnProduct } from "../helpers"
import type { ProducerUpdateProductType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    product: await retrieveOwnProduct(req.scope, req.auth_context.actor_id, req.params.id),
  })
}

/** She edits her product: words, materials, made-to-order days, prices and stock per variant. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerUpdateProductType>,
  res: MedusaResponse
) => {
  await assertOwnProduct(req.scope, req.auth_context.actor_id, req.params.id)
  await updateProducerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, producer_id: req.auth_context.actor_id },
  })
  res.json({
    product: await retrieveOwnProduct(req.scope, req.auth_context.actor_id, req.params.id),
  })
}
