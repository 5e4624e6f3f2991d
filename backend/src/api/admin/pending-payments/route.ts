import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminPendingPaymentListResponse } from "@imece/types"
import {
  OFFLINE_PAYMENT_METHODS,
  offlinePaymentProviderId,
} from "../../../modules/payment-offline/methods"
import {
  pendingPaymentFields,
  retrieveReceiptsByPayment,
  toPendingPayment,
  type PaymentRow,
} from "./helpers"
import type { AdminGetPendingPaymentsParamsType } from "./validators"

/**
 * Orders paid by bank transfer or cash on delivery whose money has not been taken yet: the
 * payment authorized at checkout, not captured, not canceled. The longest waiting first, each
 * with the money recorded so far and a flag when it falls short or goes over. Staff record what
 * arrives with `POST /admin/pending-payments/:id/receipts`.
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
  const rows = data as PaymentRow[]
  const receipts = await retrieveReceiptsByPayment(
    req.scope,
    rows.map((row) => row.id)
  )
  const now = new Date()
  const payments = rows.flatMap(
    (row) => toPendingPayment(row, receipts.get(row.id) ?? [], now) ?? []
  )
  res.json({ payments, count: metadata?.count ?? payments.length, offset, limit })
}
