import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { requireAdministrator } from "../../utils/require-administrator"
import { AdminGetPayoutBatchesParams, PayoutPeriod } from "./validators"

/** Every staff member may look; moving money is for administrators. */
export const adminPayoutBatchRoutesMiddlewares: MiddlewareRoute[] = [
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
    method: ["POST"],
    matcher: "/admin/payout-batches",
    middlewares: [requireAdministrator, validateAndTransformBody(PayoutPeriod)],
  },
  {
    method: ["POST"],
    matcher: "/admin/payout-batches/:id/mark-paid",
    middlewares: [requireAdministrator],
  },
  {
    method: ["POST"],
    matcher: "/admin/payout-batches/:id/cancel",
    middlewares: [requireAdministrator],
  },
]
