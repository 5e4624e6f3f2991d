import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminPaymentReceipt, AdminPendingPayment } from "@imece/types"
import { offlinePaymentMethodOf } from "../../../modules/payment-offline/methods"
import { receiptBalance } from "../../../workflows/payment-reconciliation/receipt-balance"

/** What staff need to match a payment to money received: who, how much, which order, since when. */
export const pendingPaymentFields = [
  "id",
  "provider_id",
  "amount",
  "currency_code",
  "data",
  "created_at",
  "captured_at",
  "payment_collection.order.id",
  "payment_collection.order.display_id",
  "payment_collection.order.email",
  "payment_collection.order.shipping_address.first_name",
  "payment_collection.order.shipping_address.last_name",
]

const receiptFields = [
  "id",
  "payment_id",
  "order_id",
  "method",
  "amount",
  "currency_code",
  "received_at",
  "reference",
  "note",
  "recorded_by",
  "outcome",
  "created_at",
]

/** A payment as selected above; amounts may come back as big numbers. */
export type PaymentRow = {
  id: string
  provider_id: string
  amount: unknown
  currency_code: string
  data: Record<string, unknown> | null
  created_at: Date | string
  captured_at?: Date | string | null
  payment_collection?: {
    order?: {
      id: string
      display_id: unknown
      email: string | null
      shipping_address?: { first_name: string | null; last_name: string | null } | null
    } | null
  } | null
}

type ReceiptRow = Omit<AdminPaymentReceipt, "amount" | "received_at" | "created_at"> & {
  amount: unknown
  received_at: Date | string
  created_at: Date | string
}

const DAY = 24 * 60 * 60 * 1000

const toIso = (value: Date | string) => new Date(value).toISOString()

function toReceipt(row: ReceiptRow): AdminPaymentReceipt {
  return {
    ...row,
    amount: Number(row.amount),
    received_at: toIso(row.received_at),
    created_at: toIso(row.created_at),
  }
}

/** The receipts recorded for these payments, the oldest first, by payment id. */
export async function retrieveReceiptsByPayment(
  scope: MedusaContainer,
  paymentIds: string[]
): Promise<Map<string, AdminPaymentReceipt[]>> {
  const byPayment = new Map<string, AdminPaymentReceipt[]>()
  if (!paymentIds.length) {
    return byPayment
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_receipt",
    fields: receiptFields,
    filters: { payment_id: paymentIds },
    pagination: { order: { created_at: "ASC" } },
  })
  for (const row of data as ReceiptRow[]) {
    const receipt = toReceipt(row)
    byPayment.set(receipt.payment_id, [...(byPayment.get(receipt.payment_id) ?? []), receipt])
  }
  return byPayment
}

/**
 * A payment as staff reconcile it: what it is due, what was received so far and whether that
 * falls short or goes over. Null for a payment not made by bank transfer or cash on delivery.
 */
export function toPendingPayment(
  row: PaymentRow,
  receipts: AdminPaymentReceipt[],
  now: Date
): AdminPendingPayment | null {
  const method = offlinePaymentMethodOf(row.provider_id)
  if (!method) {
    return null
  }
  const order = row.payment_collection?.order
  const name = [order?.shipping_address?.first_name, order?.shipping_address?.last_name]
    .filter(Boolean)
    .join(" ")
  const reference = row.data?.reference
  const amount = Number(row.amount)
  const balance = receiptBalance(
    amount,
    receipts.map((receipt) => receipt.amount)
  )
  return {
    id: row.id,
    method,
    reference: typeof reference === "string" ? reference : null,
    amount,
    currency_code: row.currency_code,
    created_at: toIso(row.created_at),
    age_days: Math.max(0, Math.floor((now.getTime() - new Date(row.created_at).getTime()) / DAY)),
    amount_received: balance.received,
    flag: receipts.length && balance.outcome !== "matched" ? balance.outcome : null,
    difference: balance.difference,
    receipts,
    captured_at: row.captured_at ? toIso(row.captured_at) : null,
    order: order
      ? {
          id: order.id,
          display_id: Number(order.display_id),
          email: order.email,
          customer_name: name || null,
        }
      : null,
  }
}

/** One bank transfer or cash-on-delivery payment with its receipts, captured or not. */
export async function retrievePendingPayment(
  scope: MedusaContainer,
  id: string,
  now: Date
): Promise<AdminPendingPayment> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [row],
  } = await query.graph({ entity: "payment", fields: pendingPaymentFields, filters: { id } })
  const receipts = await retrieveReceiptsByPayment(scope, [id])
  const payment = row ? toPendingPayment(row as PaymentRow, receipts.get(id) ?? [], now) : null
  if (!payment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No bank transfer or cash-on-delivery payment has the id ${id}.`
    )
  }
  return payment
}
