import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OfflinePaymentMethod, PaymentReceiptOutcome } from "@imece/types"
import { PAYMENT_RECONCILIATION_MODULE } from "../../../modules/payment-reconciliation"
import type PaymentReconciliationModuleService from "../../../modules/payment-reconciliation/service"

export interface CreatePaymentReceiptInput {
  payment_id: string
  order_id: string
  method: OfflinePaymentMethod
  amount: number
  currency_code: string
  received_at: Date
  reference: string
  note: string | null
  recorded_by: string
  outcome: PaymentReceiptOutcome
}

export const createPaymentReceiptStepId = "create-payment-receipt"

/** Records the money received; undoing removes the receipt again. */
export const createPaymentReceiptStep = createStep(
  createPaymentReceiptStepId,
  async (input: CreatePaymentReceiptInput, { container }) => {
    const reconciliation: PaymentReconciliationModuleService = container.resolve(
      PAYMENT_RECONCILIATION_MODULE
    )
    const receipt = await reconciliation.createPaymentReceipts({
      ...input,
      received_at: new Date(input.received_at),
    })
    return new StepResponse(receipt, receipt.id)
  },
  async (receiptId, { container }) => {
    if (!receiptId) {
      return
    }
    const reconciliation: PaymentReconciliationModuleService = container.resolve(
      PAYMENT_RECONCILIATION_MODULE
    )
    await reconciliation.deletePaymentReceipts(receiptId)
  }
)
