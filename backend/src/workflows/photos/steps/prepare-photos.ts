import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import path from "node:path"
import sharp from "sharp"
import { CodedError } from "../../../utils/coded-error"
import { safePhotoName } from "../photo-folders"

/** The formats a phone camera or gallery gives, by the extension her file must have. */
const FORMAT_BY_EXTENSION: Record<string, string> = {
  ".jpg": "jpeg",
  ".jpeg": "jpeg",
  ".png": "png",
  ".webp": "webp",
}

/** Big enough for staff to judge the work, small enough for a slow connection. */
const MAX_EDGE = 1600

export interface UploadedPhoto {
  originalname: string
  /** Base64: workflow input is serialised, and a Buffer would not survive it. */
  content: string
}

export const preparePhotosStepId = "prepare-photos"

/**
 * Checks that each file really is a photo of the kind its name says, then turns it upright,
 * shrinks it and stores it as JPEG, which drops the camera's location and other metadata.
 */
export const preparePhotosStep = createStep(
  preparePhotosStepId,
  async ({ files, folder }: { files: UploadedPhoto[]; folder: string }) => {
    const prepared = await Promise.all(
      files.map(async (file) => {
        const extension = path.extname(file.originalname).toLowerCase()
        const expected = FORMAT_BY_EXTENSION[extension]
        const buffer = Buffer.from(file.content, "base64")
        // sharp refuses an empty buffer at once rather than through its promise.
        const format = buffer.length
          ? await sharp(buffer)
              .metadata()
              .then((metadata) => metadata.format)
              .catch(() => undefined)
          : undefined
        if (!expected || format !== expected) {
          throw new CodedError(
            MedusaError.Types.INVALID_DATA,
            "photo_not_an_image",
            `${file.originalname} is not a JPEG, PNG or WebP photo (or its name does not match what it is).`,
            { name: file.originalname }
          )
        }
        const content = await sharp(buffer)
          .rotate()
          .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
          .jpeg({ quality: 82 })
          .toBuffer()
          .catch(() => {
            // Its header is a photo's, but the rest is missing or damaged (a cut-off upload).
            throw new CodedError(
              MedusaError.Types.INVALID_DATA,
              "photo_unreadable",
              `${file.originalname} could not be read to the end: it may be damaged or cut off. Please send it again.`,
              { name: file.originalname }
            )
          })
        return {
          filename: `${folder}/${safePhotoName(path.basename(file.originalname, extension))}.jpg`,
          mimeType: "image/jpeg",
          content: content.toString("base64"),
          access: "public" as const,
        }
      })
    )
    return new StepResponse(prepared)
  }
)
