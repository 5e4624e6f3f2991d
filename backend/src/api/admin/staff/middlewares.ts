import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { readablePath } from "../../utils/validators"
import { AdminGetStaffMembersParams, AdminSetStaffRole } from "./validators"

export const adminStaffRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/staff/*", middlewares: [readablePath] },
  {
    method: ["GET"],
    matcher: "/admin/staff*",
    middlewares: [validateAndTransformQuery(AdminGetStaffMembersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/staff/:id/role",
    middlewares: [validateAndTransformBody(AdminSetStaffRole)],
  },
]
