import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminRecordPaymentReceiptResponse } from "@imece/types"
import { recordPaymentReceiptWorkflow } from "../../../../../workflows/payment-reconciliation/workflows/record-payment-receipt"
import { retrievePendingPayment } from "../../helpers"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { receivedInstant, type AdminRecordPaymentReceiptType } from "../../validators"

/**
 * Staff record money received for a bank transfer or cash on delivery. When all of it matches
 * what the order is due, the payment is captured; otherwise the receipt is flagged short or over
 * and the order stays unpaid. Answers the receipt and the payment as it now stands.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecordPaymentReceiptType>,
  res: MedusaResponse<AdminRecordPaymentReceiptResponse>
) => {
  const { amount, received_at, reference, note } = req.validatedBody
  const now = new Date()
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const timeZone = await cooperative.retrieveTimeZone()
  const { result } = await recordPaymentReceiptWorkflow(req.scope).run({
    input: {
      payment_id: req.params.id,
      amount,
      received_at: receivedInstant(received_at, timeZone),
      reference,
      note: note || null,
      recorded_by: req.auth_context.actor_id,
      now,
    },
  })
  const payment = await retrievePendingPayment(req.scope, req.params.id, now)
  const receipt = payment.receipts.find(({ id }) => id === result.id)
  if (!receipt) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The receipt was not recorded.")
  }
  res.json({ payment_receipt: receipt, payment })
}
