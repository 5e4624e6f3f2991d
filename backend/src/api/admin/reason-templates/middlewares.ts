import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { readablePath } from "../../utils/validators"
import {
  AdminCreateReasonTemplate,
  AdminGetReasonTemplateParams,
  AdminGetReasonTemplatesParams,
  AdminUpdateReasonTemplate,
} from "./validators"

export const adminReasonTemplateRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/reason-templates/*", middlewares: [readablePath] },
  {
    method: ["GET"],
    matcher: "/admin/reason-templates",
    middlewares: [validateAndTransformQuery(AdminGetReasonTemplatesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/reason-templates/:id",
    middlewares: [validateAndTransformQuery(AdminGetReasonTemplateParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/reason-templates",
    middlewares: [validateAndTransformBody(AdminCreateReasonTemplate)],
  },
  {
    method: ["POST"],
    matcher: "/admin/reason-templates/:id",
    middlewares: [validateAndTransformBody(AdminUpdateReasonTemplate)],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/reason-templates/:id",
    middlewares: [validateAndTransformQuery(AdminGetReasonTemplateParams, {})],
  },
]
