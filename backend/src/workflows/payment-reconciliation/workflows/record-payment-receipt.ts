import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  capturePaymentWorkflow,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { receiptBalance } from "../receipt-balance"
import { createPaymentReceiptStep } from "../steps/create-payment-receipt"
import {
  validatePaymentReceiptStep,
  type PaymentToReconcile,
} from "../steps/validate-payment-receipt"

export interface RecordPaymentReceiptWorkflowInput {
  payment_id: string
  /** Main units of the payment's currency. */
  amount: number
  received_at: Date
  reference: string
  note?: string | null
  /** The staff member's user id. */
  recorded_by: string
  /** When it is recorded: the day the money arrived cannot be later. */
  now: Date
}

/** Amounts as query gives them: numbers in main units, summed as decimals by `receiptBalance`. */
type Payment = PaymentToReconcile & { amount: number; currency_code: string }
type Receipt = { amount: number }

export const recordPaymentReceiptWorkflowId = "record-payment-receipt"

/**
 * Staff record money that arrived for a bank transfer or cash on delivery. The receipt is kept
 * with how all the payment's receipts so far compare with what it is due: when they match, the
 * payment is captured with Medusa's own capture workflow (and the order is paid); when they fall
 * short or go over, the receipt is flagged and the order stays unpaid. A failed capture removes
 * the receipt again. One receipt per payment at a time, so two staff cannot both complete it.
 */
export const recordPaymentReceiptWorkflow = createWorkflow(
  recordPaymentReceiptWorkflowId,
  (input: RecordPaymentReceiptWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `payment-receipt:${input.payment_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: [
        "id",
        "provider_id",
        "amount",
        "currency_code",
        "captured_at",
        "canceled_at",
        "payment_collection.order.id",
      ],
      filters: { id: input.payment_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "payment-to-reconcile" })
    const payment = transform({ payments }, ({ payments: [payment] }) => payment as Payment)

    const checked = validatePaymentReceiptStep(
      transform({ payment, input }, ({ payment, input }) => ({
        payment,
        received_at: input.received_at,
        now: input.now,
      }))
    )

    const { data: earlier } = useQueryGraphStep({
      entity: "payment_receipt",
      fields: ["amount"],
      filters: { payment_id: input.payment_id },
    }).config({ name: "earlier-payment-receipts" })

    const balance = transform({ payment, earlier, input }, ({ payment, earlier, input }) =>
      receiptBalance(payment.amount, [
        ...(earlier as Receipt[]).map((receipt) => receipt.amount),
        input.amount,
      ])
    )

    const receipt = createPaymentReceiptStep(
      transform({ payment, checked, balance, input }, ({ payment, checked, balance, input }) => ({
        payment_id: payment.id,
        order_id: checked.order_id,
        method: checked.method,
        amount: input.amount,
        currency_code: payment.currency_code,
        received_at: input.received_at,
        reference: input.reference,
        note: input.note ?? null,
        recorded_by: input.recorded_by,
        outcome: balance.outcome,
      }))
    )

    when(
      "capture-matched-payment",
      { balance },
      ({ balance }) => balance.outcome === "matched"
    ).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          payment_id: input.payment_id,
          captured_by: input.recorded_by,
        })),
      })
    })

    releaseLockStep({ key: lockKey })
    emitEventStep({
      eventName: "payment_receipt.recorded",
      data: transform({ receipt, balance }, ({ receipt, balance }) => ({
        id: receipt.id,
        payment_id: receipt.payment_id,
        outcome: balance.outcome,
      })),
    })
    return new WorkflowResponse(receipt)
  }
)
