import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelPaymentStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { CART_CHECKOUT_FIELDS } from "../cart-checkout"
import { validateCartHasNoOrderStep } from "../steps/validate-cart-has-no-order"

const LOCK_TTL_SECONDS = 120

export const cancelUnplacedPaymentWorkflowId = "cancel-unplaced-payment"

/**
 * Gives her money back when her payment was authorized but no order could be made from the cart
 * (say its last item sold meanwhile): cancels the authorization with the provider. Takes the
 * cart's completion lock without waiting, and checks again under it that no order exists.
 */
export const cancelUnplacedPaymentWorkflow = createWorkflow(
  cancelUnplacedPaymentWorkflowId,
  (input: { cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: 0, ttl: LOCK_TTL_SECONDS })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: CART_CHECKOUT_FIELDS,
      filters: { id: input.cart_id },
      options: { throwIfKeyNotFound: true },
    })
    const paymentIds = validateCartHasNoOrderStep(
      transform({ carts }, ({ carts: [cart] }) => ({ cart }))
    )
    cancelPaymentStep({ paymentIds })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(paymentIds)
  }
)
