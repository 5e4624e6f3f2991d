import { ProductStatus } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { resolveListingStatusStep } from "../steps/resolve-listing-status"

export const setProducerProductStatusWorkflowId = "set-producer-product-status"

/**
 * Archiving takes a product out of the store without deleting it: past orders still show it,
 * and she can put it back on sale (or up for review again, under product moderation).
 */
export const setProducerProductStatusWorkflow = createWorkflow(
  setProducerProductStatusWorkflowId,
  (input: { id: string; action: "archive" | "publish" }) => {
    const listingStatus = resolveListingStatusStep()
    updateProductsWorkflow.runAsStep({
      input: transform({ input, listingStatus }, ({ input, listingStatus }) => ({
        selector: { id: input.id },
        update: { status: input.action === "archive" ? ProductStatus.DRAFT : listingStatus },
      })),
    })
    emitEventStep({ eventName: "producer.product_updated", data: { id: input.id } })
    return new WorkflowResponse(input)
  }
)
