import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminExportImpactParams, AdminGetImpactParams } from "./validators"

export const adminImpactRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/impact",
    middlewares: [validateAndTransformQuery(AdminGetImpactParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/impact/export",
    middlewares: [validateAndTransformQuery(AdminExportImpactParams, {})],
  },
]
