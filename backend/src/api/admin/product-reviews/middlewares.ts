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

export const adminProductReviewRoutesMiddlewares: MiddlewareRoute[] = [
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
