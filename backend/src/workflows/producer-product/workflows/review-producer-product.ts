import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { validateProductAwaitsReviewStep } from "../steps/validate-product-awaits-review"

export interface ReviewProducerProductInput {
  id: string
  decision: "approve" | "send_back"
  /** Why it is sent back; she reads it beside the product. */
  reason?: string
  reviewer_id: string
}

export const reviewProducerProductWorkflowId = "review-producer-product"

/**
 * Staff decide on a product waiting under product moderation: on sale, or back to her with the
 * reason, which is kept in the product's metadata until she changes it.
 */
export const reviewProducerProductWorkflow = createWorkflow(
  reviewProducerProductWorkflowId,
  (input: ReviewProducerProductInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title", "status", "metadata"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    validateProductAwaitsReviewStep(
      transform({ products }, ({ products: [product] }) => ({
        id: product.id,
        title: product.title,
        status: product.status,
      }))
    )
    updateProductsWorkflow.runAsStep({
      input: transform({ input, products }, ({ input, products: [product] }) => ({
        selector: { id: input.id },
        update: {
          status: input.decision === "approve" ? ProductStatus.PUBLISHED : ProductStatus.REJECTED,
          metadata: {
            ...(product.metadata ?? {}),
            review_message: input.decision === "approve" ? null : (input.reason ?? null),
            reviewed_by: input.reviewer_id,
          },
        },
      })),
    })
    emitEventStep({
      eventName: "producer.product_reviewed",
      data: transform({ input }, ({ input }) => ({ id: input.id, decision: input.decision })),
    })
    return new WorkflowResponse(input)
  }
)
