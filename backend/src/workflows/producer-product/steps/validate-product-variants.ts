import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateProductVariantsStepId = "validate-product-variants"

/**
 * The variants she changes must be this product's; any other id (another producer's, say) answers
 * 404 before anything is written, as if it did not exist.
 */
export const validateProductVariantsStep = createStep(
  validateProductVariantsStepId,
  async (input: { variant_ids: string[]; product_variant_ids: string[] }) => {
    const unknown = input.variant_ids.filter((id) => !input.product_variant_ids.includes(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `This product has no variant with the id ${unknown.join(", ")}.`
      )
    }
    return new StepResponse(undefined)
  }
)
