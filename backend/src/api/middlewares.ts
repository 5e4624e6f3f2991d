import {
  defineMiddlewares,
  errorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adminCommissionRuleRoutesMiddlewares } from "./admin/commission-rules/middlewares"
import { adminCooperativeSettingsRoutesMiddlewares } from "./admin/cooperative-settings/middlewares"
import { adminProductReviewRoutesMiddlewares } from "./admin/product-reviews/middlewares"
import { adminProducerApplicationRoutesMiddlewares } from "./admin/producer-applications/middlewares"
import { adminProducerRoutesMiddlewares } from "./admin/producers/middlewares"
import { adminReasonTemplateRoutesMiddlewares } from "./admin/reason-templates/middlewares"
import { adminStaffRoutesMiddlewares } from "./admin/staff/middlewares"
import { authRoutesMiddlewares } from "./auth/middlewares"
import { adminPendingPaymentRoutesMiddlewares } from "./admin/pending-payments/middlewares"
import { adminImpactRoutesMiddlewares } from "./admin/impact/middlewares"
import { adminPaymentRoutesMiddlewares } from "./admin/payments/middlewares"
import { adminPayoutBatchRoutesMiddlewares } from "./admin/payout-batches/middlewares"
import { adminProducerLedgerRoutesMiddlewares } from "./admin/producer-ledger/middlewares"
import { hooksRoutesMiddlewares } from "./hooks/middlewares"
import { producerRoutesMiddlewares } from "./producer/middlewares"
import { storeCartRoutesMiddlewares } from "./store/carts/middlewares"
import { storeOrderRoutesMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionRoutesMiddlewares } from "./store/payment-collections/middlewares"
import { storeProducerApplicationRoutesMiddlewares } from "./store/producer-applications/middlewares"
import { storeProducerRoutesMiddlewares } from "./store/producers/middlewares"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"
import { storeSearchRoutesMiddlewares } from "./store/search/middlewares"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's own error handler, but an address with a `%` that starts no character (`/store/
 * producers/%E0%A4%A`) is the caller's mistake: Express fails to decode it before any route runs,
 * and Medusa, which knows only its own errors, would answer 500.
 */
function answerErrors(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const undecodable =
    error instanceof URIError ||
    (error instanceof Error && error.message.startsWith("Failed to decode param"))
  return medusaErrorHandler(
    undecodable
      ? new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "This address holds a % that does not start a character; write % as %25."
        )
      : error,
    req,
    res,
    next
  )
}

export default defineMiddlewares({
  errorHandler: answerErrors,
  routes: [
    ...authRoutesMiddlewares,
    ...storeProducerRoutesMiddlewares,
    ...storeProductRoutesMiddlewares,
    ...storeSearchRoutesMiddlewares,
    ...adminProducerRoutesMiddlewares,
    ...storeProducerApplicationRoutesMiddlewares,
    ...adminProducerApplicationRoutesMiddlewares,
    ...adminReasonTemplateRoutesMiddlewares,
    ...adminCooperativeSettingsRoutesMiddlewares,
    ...adminCommissionRuleRoutesMiddlewares,
    ...adminProductReviewRoutesMiddlewares,
    ...adminStaffRoutesMiddlewares,
    ...adminPendingPaymentRoutesMiddlewares,
    ...adminPaymentRoutesMiddlewares,
    ...adminImpactRoutesMiddlewares,
    ...producerRoutesMiddlewares,
    ...storeCartRoutesMiddlewares,
    ...storeOrderRoutesMiddlewares,
    ...storePaymentCollectionRoutesMiddlewares,
    ...adminPayoutBatchRoutesMiddlewares,
    ...adminProducerLedgerRoutesMiddlewares,
    ...hooksRoutesMiddlewares,
  ],
})
