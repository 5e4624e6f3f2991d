import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminPendingPayment, AdminPendingPaymentListResponse } from "@imece/types"
import {
  OFFLINE_PAYMENT_METHODS,
  offlinePaymentMethodOf,
  offlinePaymentProviderId,
} from "../../../modules/payment-offline/methods"
import type { AdminGetPendingPaymentsParamsType } from "./validators"

/** What staff need to match a payment to money received: who, how much, which order, since when. */
const pendingPaymentFields = [
  "id",
  "provider_id",
  "amount",
  "currency_code",
  "data",
  "created_at",
  "payment_collection.order.id",
  "payment_collection.order.display_id",
  "payment_collection.order.email",
  "payment_collection.order.shipping_address.first_name",
  "payment_collection.order.shipping_address.last_name",
]

/** A payment as selected above; amounts may come back as big numbers. */
type PaymentRow = {
  id: string
  provider_id: string
  amount: unknown
  currency_code: string
  data: Record<string, unknown> | null
  created_at: Date | string
  payment_collection?: {
    order?: {
      id: string
      display_id: unknown
      email: string | null
      shipping_address?: { first_name: string | null; last_name: string | null } | null
    } | null
  } | null
}

function toPendingPayment(row: PaymentRow): AdminPendingPayment | null {
  const method = offlinePaymentMethodOf(row.provider_id)
  if (!method) {
    return null
  }
  const order = row.payment_collection?.order
  const name = [order?.shipping_address?.first_name, order?.shipping_address?.last_name]
    .filter(Boolean)
    .join(" ")
  const reference = row.data?.reference
  return {
    id: row.id,
    method,
    reference: typeof reference === "string" ? reference : null,
    amount: Number(row.amount),
    currency_code: row.currency_code,
    created_at: new Date(row.created_at).toISOString(),
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

/**
 * Orders paid by bank transfer or cash on delivery whose money has not been recorded yet: the
 * payment authorized at checkout, not captured, not canceled. The longest waiting first. Staff
 * mark one paid with Medusa's own `POST /admin/payments/:id/capture`.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPendingPaymentsParamsType>,
  res: MedusaResponse<AdminPendingPaymentListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, method } = req.validatedQuery
  const methods = method ? [method] : [...OFFLINE_PAYMENT_METHODS]
  const { data, metadata } = await query.graph({
    entity: "payment",
    fields: pendingPaymentFields,
    filters: {
      provider_id: methods.map(offlinePaymentProviderId),
      captured_at: null,
      canceled_at: null,
    },
    pagination: { skip: offset, take: limit, order: { created_at: "ASC" } },
  })
  const payments = data.flatMap((row: PaymentRow) => toPendingPayment(row) ?? [])
  res.json({ payments, count: metadata?.count ?? payments.length, offset, limit })
}
