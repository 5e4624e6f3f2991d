import { MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CodedError } from "../../../utils/coded-error"

export const validateProductAwaitsReviewStepId = "validate-product-awaits-review"

/** Only a product waiting for review can be approved or sent back. */
export const validateProductAwaitsReviewStep = createStep(
  validateProductAwaitsReviewStepId,
  async (product: { id: string; title: string; status: string }) => {
    if (product.status !== ProductStatus.PROPOSED) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "product_not_awaiting_review",
        `"${product.title}" is not waiting for review (it is ${product.status}).`,
        { product: product.title }
      )
    }
    return new StepResponse(undefined)
  }
)
