import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminGetCooperativeSettingsParams, AdminUpdateCooperativeSettings } from "./validators"

export const adminCooperativeSettingsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/cooperative-settings",
    middlewares: [validateAndTransformQuery(AdminGetCooperativeSettingsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperative-settings",
    middlewares: [validateAndTransformBody(AdminUpdateCooperativeSettings)],
  },
]
