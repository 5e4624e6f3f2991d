import {
  defineMiddlewares,
  errorHandler,
  getHttpResponseFromError,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isCodedError } from "../utils/coded-error"
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
import { storeCustomerRoutesMiddlewares } from "./store/customers/middlewares"
import { storeOrderRoutesMiddlewares } from "./store/orders/middlewares"
import { storePaymentCollectionRoutesMiddlewares } from "./store/payment-collections/middlewares"
import { storeProducerApplicationRoutesMiddlewares } from "./store/producer-applications/middlewares"
import { storeProducerRoutesMiddlewares } from "./store/producers/middlewares"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"
import { storeReturnRoutesMiddlewares } from "./store/returns/middlewares"
import { storeShippingOptionRoutesMiddlewares } from "./store/shipping-options/middlewares"
import { storeSearchRoutesMiddlewares } from "./store/search/middlewares"
import { adminOrderRoutesMiddlewares } from "./admin/orders/middlewares"
import { adminUserRoutesMiddlewares } from "./admin/users/middlewares"
import { serveCatalogueFromCache, watchCatalogueChanges } from "./utils/catalogue-cache"
import { enforceStaffRoles } from "./utils/staff-access"
import { storeCaching } from "./utils/store-caching"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's own error handler, but our coded refusals keep their code and params (see
 * `utils/coded-error.ts`), and an address with a `%` that starts no character (`/store/
 * producers/%E0%A4%A`) is the caller's mistake: Express fails to decode it before any route runs,
 * and Medusa, which knows only its own errors, would answer 500.
 */
function answerErrors(
  error: unknown,
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (isCodedError(error)) {
    // Medusa's handler drops the code of some error types, and knows nothing of `params`.
    const { statusCode, body } = getHttpResponseFromError(error)
    res.status(statusCode).json({
      ...body,
      code: error.code,
      message: error.message,
      params: error.params,
    })
    return
  }
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

/**
 * Express names itself in `X-Powered-By` on every answer: a visitor learns what to attack.
 * Medusa makes the Express app and gives a project no hook to configure it, so the first
 * request turns the header off for every later one, and takes it off its own answer.
 */
function hideFramework(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  req.app.disable("x-powered-by")
  res.removeHeader("X-Powered-By")
  next()
}

export default defineMiddlewares({
  errorHandler: answerErrors,
  routes: [
    { matcher: "*", middlewares: [hideFramework, watchCatalogueChanges] },
    { matcher: "/admin/*", middlewares: [enforceStaffRoles] },
    { matcher: "/store/*", middlewares: [storeCaching, serveCatalogueFromCache] },
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
    ...adminOrderRoutesMiddlewares,
    ...adminUserRoutesMiddlewares,
    ...adminImpactRoutesMiddlewares,
    ...producerRoutesMiddlewares,
    ...storeCartRoutesMiddlewares,
    ...storeCustomerRoutesMiddlewares,
    ...storeOrderRoutesMiddlewares,
    ...storePaymentCollectionRoutesMiddlewares,
    ...storeReturnRoutesMiddlewares,
    ...storeShippingOptionRoutesMiddlewares,
    ...adminPayoutBatchRoutesMiddlewares,
    ...adminProducerLedgerRoutesMiddlewares,
    ...hooksRoutesMiddlewares,
  ],
})
