import { parseTypedNumber } from "@imece/i18n"
import type { AdminPendingPayment, AdminRecordPaymentReceiptBody } from "@imece/types"

/** The receipt form as staff see it: every field holds text. */
export interface ReceiptFormValues {
  amount: string
  /** `YYYY-MM-DD`, as a date input holds it. */
  received_at: string
  reference: string
  note: string
}

export type ReceiptFormErrors = Partial<Record<"amount" | "received_at" | "reference", true>>

const pad = (value: number) => String(value).padStart(2, "0")

/** Today in the browser's calendar, as a date input wants it. */
export function todayInput(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** What is still to arrive: all of it, or what earlier receipts left missing. */
export function outstandingAmount(payment: AdminPendingPayment): number {
  const missing = Math.round((payment.amount - payment.amount_received) * 100) / 100
  return missing > 0 ? missing : payment.amount
}

/**
 * The form as it opens: the amount still to arrive, today, and for a bank transfer the
 * reference the shopper was asked to write, which staff look for on the statement.
 */
export function initialReceiptValues(
  payment: AdminPendingPayment,
  today: string
): ReceiptFormValues {
  const amount = outstandingAmount(payment)
  return {
    amount: Number.isInteger(amount) ? String(amount) : amount.toFixed(2),
    received_at: today,
    reference: payment.reference ?? "",
    note: "",
  }
}

/** The body `POST /admin/pending-payments/:id/receipts` takes, or what is wrong with the form. */
export function toReceiptBody(
  values: ReceiptFormValues,
  today: string
): { body: AdminRecordPaymentReceiptBody; errors?: undefined } | { errors: ReceiptFormErrors } {
  const errors: ReceiptFormErrors = {}
  const amount = parseTypedNumber(values.amount)
  if (amount === null || amount <= 0) {
    errors.amount = true
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.received_at) || values.received_at > today) {
    errors.received_at = true
  }
  if (!values.reference.trim()) {
    errors.reference = true
  }
  if (amount === null || Object.keys(errors).length > 0) {
    return { errors }
  }
  const note = values.note.trim()
  return {
    body: {
      amount,
      received_at: values.received_at,
      reference: values.reference.trim(),
      ...(note && { note }),
    },
  }
}
