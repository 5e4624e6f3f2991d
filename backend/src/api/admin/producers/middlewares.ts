import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listAdminProducerQueryConfig } from "./query-config"
import { AdminChangeProducerStatus, AdminGetProducersParams } from "./validators"

export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
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
