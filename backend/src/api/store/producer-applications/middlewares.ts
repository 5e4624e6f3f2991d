import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  StoreCreateProducerApplication,
  StoreGetApplicationStatusParams,
  StoreResubmitProducerApplication,
} from "./validators"

export const storeProducerApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/producer-applications",
    middlewares: [validateAndTransformBody(StoreCreateProducerApplication)],
  },
  {
    method: ["GET"],
    matcher: "/store/producer-applications/status",
    middlewares: [validateAndTransformQuery(StoreGetApplicationStatusParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/producer-applications/resubmit",
    middlewares: [validateAndTransformBody(StoreResubmitProducerApplication)],
  },
]
