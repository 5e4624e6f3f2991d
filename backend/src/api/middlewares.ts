import { defineMiddlewares } from "@medusajs/framework/http"
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

export default defineMiddlewares({
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
