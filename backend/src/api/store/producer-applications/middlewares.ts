import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { rateLimit } from "../../utils/rate-limit"
import {
  StoreCreateProducerApplication,
  StoreGetApplicationStatusParams,
  StoreResubmitProducerApplication,
} from "./validators"

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
export const MAX_PHOTOS = 5

const receivePhotos = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS },
}).array("files")

/** Multer's limits, said as a 400 a person can act on instead of an internal error. */
function photoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receivePhotos(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      const message =
        error.code === "LIMIT_FILE_SIZE"
          ? "Each photo may be at most 5 MB."
          : error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE"
            ? `Send at most ${MAX_PHOTOS} photos, as the form field \`files\`.`
            : error.message
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    next(error)
  })
}

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
