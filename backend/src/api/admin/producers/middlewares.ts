import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminProducerQueryConfig } from "./query-config"
import { AdminGetProducersParams } from "./validators"

export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/producers",
    middlewares: [validateAndTransformQuery(AdminGetProducersParams, listAdminProducerQueryConfig)],
  },
]
