import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  AdminApproveProduct,
  AdminGetProductReviewsParams,
  AdminSendBackProduct,
} from "./validators"
import { readablePath } from "../../utils/validators"

export const adminProductReviewRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/product-reviews/*", middlewares: [readablePath] },
  {
    method: ["GET"],
    matcher: "/admin/product-reviews",
    middlewares: [validateAndTransformQuery(AdminGetProductReviewsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/product-reviews/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveProduct)],
  },
  {
    method: ["POST"],
    matcher: "/admin/product-reviews/:id/send-back",
    middlewares: [validateAndTransformBody(AdminSendBackProduct)],
  },
]
