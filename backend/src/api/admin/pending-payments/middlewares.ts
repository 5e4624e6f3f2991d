import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminGetPendingPaymentsParams, AdminRecordPaymentReceipt } from "./validators"

export const adminPendingPaymentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/pending-payments",
    middlewares: [validateAndTransformQuery(AdminGetPendingPaymentsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/pending-payments/:id/receipts",
    middlewares: [validateAndTransformBody(AdminRecordPaymentReceipt)],
  },
]
