import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { requireAdministrator } from "../../utils/require-administrator"
import {
  AdminCreateReasonTemplate,
  AdminGetReasonTemplatesParams,
  AdminUpdateReasonTemplate,
} from "./validators"

export const adminReasonTemplateRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/reason-templates",
    middlewares: [validateAndTransformQuery(AdminGetReasonTemplatesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/reason-templates/:id",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/reason-templates",
    middlewares: [requireAdministrator, validateAndTransformBody(AdminCreateReasonTemplate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/reason-templates/:id",
    middlewares: [requireAdministrator, validateAndTransformBody(AdminUpdateReasonTemplate)],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/reason-templates/:id",
    middlewares: [requireAdministrator],
  },
]
