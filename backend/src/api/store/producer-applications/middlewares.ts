import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { photoUpload } from "../../utils/photo-upload"
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
    method: ["POST"],
    matcher: "/store/producer-applications/photos",
    bodyParser: false,
    middlewares: [
      rateLimit({
        name: "producer-application-photos",
        limitVariable: "APPLICATION_PHOTO_RATE_LIMIT",
        defaultLimit: 30,
        windowSeconds: 60 * 60,
        message: (minutes) =>
          `Too many photos from this connection. Please try again in ${minutes} minutes.`,
      }),
      photoUpload,
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
