import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { readablePath } from "../../utils/validators"
import { AdminCreateCommissionRule, AdminGetCommissionRulesParams } from "./validators"

export const adminCommissionRuleRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/commission-rules/*", middlewares: [readablePath] },
  {
    method: ["GET"],
    matcher: "/admin/commission-rules",
    middlewares: [validateAndTransformQuery(AdminGetCommissionRulesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/commission-rules/:id",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/commission-rules",
    middlewares: [validateAndTransformBody(AdminCreateCommissionRule)],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/commission-rules/:id",
    middlewares: [validateAndTransformQuery(z.object({}).strict(), {})],
  },
]
