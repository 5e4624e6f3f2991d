import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetPendingPaymentsParams } from "./validators"

export const adminPendingPaymentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/pending-payments",
    middlewares: [validateAndTransformQuery(AdminGetPendingPaymentsParams, {})],
  },
]
