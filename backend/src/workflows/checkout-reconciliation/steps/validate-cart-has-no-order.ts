import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { livePayments, type CartCheckout } from "../cart-checkout"

export const validateCartHasNoOrderStepId = "validate-cart-has-no-order"

/**
 * Read again under the cart's lock: no order was made from the cart. Answers the payments that
 * still hold her money, which are to be canceled.
 */
export const validateCartHasNoOrderStep = createStep(
  validateCartHasNoOrderStepId,
  async ({ cart }: { cart: CartCheckout }) => {
    if (cart.order) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${cart.id} has order ${cart.order.id}; its payment belongs to that order.`
      )
    }
    return new StepResponse(
      livePayments(cart.payment_collection?.payments).map((payment) => payment.id)
    )
  }
)
