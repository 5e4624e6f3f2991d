import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { requireAdministrator } from "../../utils/require-administrator"
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
    middlewares: [requireAdministrator, validateAndTransformBody(AdminUpdateCooperativeSettings)],
  },
]
