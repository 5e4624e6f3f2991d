import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import multer from "multer"
import { CodedError } from "../../utils/coded-error"
import { UPLOADED_PHOTO_ID } from "../../workflows/photos/photo-folders"
import { uploadPhotosWorkflow } from "../../workflows/photos/workflows/upload-photos"

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024
export const MAX_PHOTOS = 5

/** An id `POST …/photos` answered; anything else (a path with `..` in it) is refused by shape. */
export const uploadedPhotoId = z
  .string()
  .max(200)
  .regex(UPLOADED_PHOTO_ID, "This is not the id of an uploaded photo.")

/** An image her product already has, which she keeps, or one of her uploads. */
export const productPhotoId = z
  .string()
  .max(200)
  .refine(
    (id) => /^img_[A-Za-z0-9]+$/.test(id) || UPLOADED_PHOTO_ID.test(id),
    "This is neither an image of the product nor the id of an uploaded photo."
  )

const receivePhotos = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS },
}).array("files")

/** Multer's limits, said as a 400 a person can act on instead of an internal error. */
export function photoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  receivePhotos(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError && error.code === "LIMIT_FILE_SIZE") {
      return next(
        new CodedError(
          MedusaError.Types.INVALID_DATA,
          "photo_too_large",
          "Each photo may be at most 5 MB.",
          { max_mb: MAX_PHOTO_BYTES / 1024 / 1024 }
        )
      )
    }
    if (error instanceof multer.MulterError) {
      const message =
        error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE"
          ? `Send at most ${MAX_PHOTOS} photos, as the form field \`files\`.`
          : error.message
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    next(error)
  })
}

/**
 * Photos of her work, sent one request each so the page can show each one's progress; they are
 * checked, turned upright, shrunk and kept in the folder `folderOf` names for the request.
 * Answers their ids and addresses.
 */
export function keepPhotosIn<TRequest extends MedusaRequest>(folderOf: (req: TRequest) => string) {
  return async function receivePhotosAndKeep(req: TRequest, res: MedusaResponse) {
    const files = (req.files ?? []) as Express.Multer.File[]
    if (!files.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Attach at least one photo as `files`.")
    }
    const { result: photos } = await uploadPhotosWorkflow(req.scope).run({
      input: {
        folder: folderOf(req),
        files: files.map(({ originalname, buffer }) => ({
          originalname,
          content: buffer.toString("base64"),
        })),
      },
    })
    res.status(201).json({ photos })
  }
}
