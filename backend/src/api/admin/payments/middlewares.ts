import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CodedError } from "../../../utils/coded-error"
import { offlinePaymentMethodOf } from "../../../modules/payment-offline/methods"

/**
 * Cash on delivery and bank transfers are paid when the money arrives, and staff say how much
 * arrived and when (`/admin/pending-payments/:id/receipts`), so that a short or wrong amount is
 * flagged. Medusa's own capture route (its admin dashboard's "mark as paid") would mark the
 * order paid with no receipt at all. The refusal carries a code, so that Medusa's dashboard shows
 * its message (it shows the `message` of a 400 `not_allowed`) and our console its own words.
 */
async function refuseCapturingOfflinePayments(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["provider_id"],
    filters: { id: req.params.id },
  })
  if (payment && offlinePaymentMethodOf(payment.provider_id)) {
    return next(
      new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "offline_payment_needs_receipt",
        "This order is paid by cash on delivery or bank transfer: record the money received (amount, day and reference) under “Awaiting payment” in the cooperative's console, and the order is marked paid when it matches."
      )
    )
  }
  next()
}

export const adminPaymentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/payments/:id/capture",
    middlewares: [refuseCapturingOfflinePayments],
  },
]
