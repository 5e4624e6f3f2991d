import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { rateLimit } from "../../utils/rate-limit"
import {
  StoreCreateProducerApplication,
  StoreGetApplicationStatusParams,
  StoreResubmitProducerApplication,
} from "./validators"

export const storeProducerApplicationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/producer-applications",
    middlewares: [
      rateLimit({
        name: "producer-application",
        limitVariable: "APPLICATION_RATE_LIMIT",
        defaultLimit: 5,
        windowSeconds: 60 * 60,
        message: (minutes) =>
          `Too many applications from this connection. Please try again in ${minutes} minutes.`,
      }),
      validateAndTransformBody(StoreCreateProducerApplication),
    ],
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
