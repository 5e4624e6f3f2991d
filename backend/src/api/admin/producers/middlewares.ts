import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listAdminProducerQueryConfig } from "./query-config"
import { readablePath } from "../../utils/validators"
import { AdminChangeProducerStatus, AdminGetProducersParams } from "./validators"

export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
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
