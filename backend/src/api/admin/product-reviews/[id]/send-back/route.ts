import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewProducerProductWorkflow } from "../../../../../workflows/producer-product/workflows/review-producer-product"
import { productReviewFields } from "../../query-config"
import type { AdminSendBackProductType } from "../../validators"

/** Sends a product back to her with the reason; she changes it and it waits again. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSendBackProductType>,
  res: MedusaResponse
) => {
  await reviewProducerProductWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      decision: "send_back",
      reason: req.validatedBody.reason,
      reviewer_id: req.auth_context.actor_id,
    },
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
