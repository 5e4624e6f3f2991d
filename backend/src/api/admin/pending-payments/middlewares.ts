import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { readablePath } from "../../utils/validators"
import { AdminGetPendingPaymentsParams, AdminRecordPaymentReceipt } from "./validators"

export const adminPendingPaymentRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/pending-payments/*", middlewares: [readablePath] },
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
