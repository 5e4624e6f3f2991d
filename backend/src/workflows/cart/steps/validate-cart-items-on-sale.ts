import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuseLinesNotOnSale, type CartLine } from "../items-on-sale"

export const validateCartItemsOnSaleStepId = "validate-cart-items-on-sale"

/** Every piece in the cart can still be bought: see `refuseLinesNotOnSale`. */
export const validateCartItemsOnSaleStep = createStep(
  validateCartItemsOnSaleStepId,
  async ({ lines }: { lines: CartLine[] }, { container }) => {
    await refuseLinesNotOnSale(container, lines, new Date())
    return new StepResponse(undefined)
  }
)
