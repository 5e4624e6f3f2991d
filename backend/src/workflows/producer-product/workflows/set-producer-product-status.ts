import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"

export const setProducerProductStatusWorkflowId = "set-producer-product-status"

/**
 * Archiving takes a product out of the store without deleting it: past orders still show it,
 * and she can put it back on sale.
 */
export const setProducerProductStatusWorkflow = createWorkflow(
  setProducerProductStatusWorkflowId,
  (input: { id: string; status: ProductStatus.DRAFT | ProductStatus.PUBLISHED }) => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.id },
        update: { status: input.status },
      })),
    })
    emitEventStep({ eventName: "producer.product_updated", data: { id: input.id } })
    return new WorkflowResponse(input)
  }
)
