import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CodedError } from "../../../utils/coded-error"
import { isPhotoIn } from "../photo-folders"

export const resolveUploadedPhotosStepId = "resolve-uploaded-photos"

/**
 * The addresses of uploaded photos named by id. Only photos kept directly under `folder` (hers)
 * count: a made-up id, one of someone else's photos, or a path that climbs out of her folder to
 * reach one, is refused alike.
 */
export const resolveUploadedPhotosStep = createStep(
  resolveUploadedPhotosStepId,
  async ({ ids, folder }: { ids?: string[]; folder: string }, { container }) => {
    if (!ids?.length) {
      return new StepResponse(null)
    }
    const files = container.resolve(Modules.FILE)
    const notFound = (id: string) =>
      new CodedError(
        MedusaError.Types.INVALID_DATA,
        "photo_not_found",
        `No uploaded photo has the id ${id}.`
      )
    const photos = await Promise.all(
      ids.map((id) => {
        if (!isPhotoIn(id, folder)) {
          throw notFound(id)
        }
        return files.retrieveFile(id).catch(() => {
          throw notFound(id)
        })
      })
    )
    return new StepResponse(photos.map(({ url }) => url))
  }
)
