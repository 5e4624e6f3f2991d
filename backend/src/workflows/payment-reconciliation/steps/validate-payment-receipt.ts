import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { offlinePaymentMethodOf } from "../../../modules/payment-offline/methods"
import { CodedError } from "../../../utils/coded-error"

/** What is read of the payment before money is recorded against it. */
export interface PaymentToReconcile {
  id: string
  provider_id: string
  captured_at: Date | string | null
  canceled_at: Date | string | null
  payment_collection?: { order?: { id: string } | null } | null
}

export const validatePaymentReceiptStepId = "validate-payment-receipt"

/**
 * Money is recorded only against an order's bank transfer or cash on delivery still awaiting it,
 * and only for a day that has come. Answers the payment's method and order.
 */
export const validatePaymentReceiptStep = createStep(
  validatePaymentReceiptStepId,
  async (input: {
    payment: PaymentToReconcile
    received_at: Date | string
    now: Date | string
  }) => {
    const { payment } = input
    const method = offlinePaymentMethodOf(payment.provider_id)
    if (!method) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "payment_not_offline",
        "Only bank transfers and cash on delivery are recorded by hand; this payment is taken by its provider."
      )
    }
    if (payment.captured_at) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "payment_already_captured",
        "This payment is already captured: the order is paid and nothing more is due."
      )
    }
    if (payment.canceled_at) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "payment_canceled",
        "This payment was canceled: no money is due for it."
      )
    }
    const order = payment.payment_collection?.order
    if (!order) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "payment_without_order",
        "This payment belongs to no order, so there is nothing to reconcile it with."
      )
    }
    if (new Date(input.received_at) > new Date(input.now)) {
      throw new CodedError(
        MedusaError.Types.INVALID_DATA,
        "receipt_day_in_future",
        "The day the money arrived cannot be in the future."
      )
    }
    return new StepResponse({ method, order_id: order.id })
  }
)
