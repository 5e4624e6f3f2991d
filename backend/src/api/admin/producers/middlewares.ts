import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { hidePayoutAccount } from "./hide-payout-account"
import { listAdminProducerQueryConfig } from "./query-config"
import { readablePath } from "../../utils/validators"
import { AdminChangeProducerStatus, AdminGetProducersParams } from "./validators"

export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
  // Every admin route, Medusa's own included: a producer's IBAN is never in `fields`.
  { matcher: "/admin*", middlewares: [hidePayoutAccount] },
  { matcher: "/admin/producers/*", middlewares: [readablePath] },
  {
    method: ["GET"],
    matcher: "/admin/producers",
    middlewares: [validateAndTransformQuery(AdminGetProducersParams, listAdminProducerQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/suspend",
    middlewares: [validateAndTransformBody(AdminChangeProducerStatus)],
  },
  {
    method: ["POST"],
    matcher: "/admin/producers/:id/reactivate",
    middlewares: [validateAndTransformBody(AdminChangeProducerStatus)],
  },
]
