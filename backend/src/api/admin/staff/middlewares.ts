import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { requireAdministrator } from "../../utils/require-administrator"
import { AdminGetStaffMembersParams, AdminSetStaffRole } from "./validators"

export const adminStaffRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/staff*",
    middlewares: [validateAndTransformQuery(AdminGetStaffMembersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/staff/:id/role",
    middlewares: [requireAdministrator, validateAndTransformBody(AdminSetStaffRole)],
  },
]
