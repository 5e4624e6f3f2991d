import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  reviewProducerProductWorkflow,
  type ReviewProducerProductInput,
} from "../../../workflows/producer-product/workflows/review-producer-product"
import { productReviewFields } from "./query-config"

/** Records staff's decision on a product waiting for review and answers the product as it is now. */
export async function decideOnProduct(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  decision: Pick<ReviewProducerProductInput, "decision" | "reason">
) {
  await reviewProducerProductWorkflow(req.scope).run({
    input: { id: req.params.id, ...decision, reviewer_id: req.auth_context.actor_id },
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
