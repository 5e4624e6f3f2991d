import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewProducerProductWorkflow } from "../../../../../workflows/producer-product/workflows/review-producer-product"
import { productReviewFields } from "../../query-config"

/** Puts a product waiting for review on sale. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await reviewProducerProductWorkflow(req.scope).run({
    input: { id: req.params.id, decision: "approve", reviewer_id: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: productReviewFields,
    filters: { id: req.params.id },
  })
  res.json({ product })
}
