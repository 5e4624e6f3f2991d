import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { readablePath } from "../../utils/validators"
import {
  AdminGetPayoutBatchesParams,
  AdminGetPayoutBatchParams,
  AdminSettlePayoutBatch,
  PayoutPeriod,
} from "./validators"

/** Every staff member may look; moving money is for administrators. */
export const adminPayoutBatchRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/payout-batches/*", middlewares: [readablePath] },
  {
    method: ["GET"],
    matcher: "/admin/payout-batches",
    middlewares: [validateAndTransformQuery(AdminGetPayoutBatchesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/payout-batches/proposal",
    middlewares: [validateAndTransformQuery(PayoutPeriod, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/payout-batches/:id",
    middlewares: [validateAndTransformQuery(AdminGetPayoutBatchParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/payout-batches/:id/export",
    middlewares: [validateAndTransformQuery(AdminGetPayoutBatchParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/payout-batches",
    middlewares: [validateAndTransformBody(PayoutPeriod)],
  },
  {
    method: ["POST"],
    matcher: "/admin/payout-batches/:id/mark-paid",
    middlewares: [validateAndTransformBody(AdminSettlePayoutBatch)],
  },
  {
    method: ["POST"],
    matcher: "/admin/payout-batches/:id/cancel",
    middlewares: [validateAndTransformBody(AdminSettlePayoutBatch)],
  },
]
