import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveUploadedPhotosStepId = "resolve-uploaded-photos"

/** The addresses of the uploaded photos an application names by id; a made-up id is refused. */
export const resolveUploadedPhotosStep = createStep(
  resolveUploadedPhotosStepId,
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) {
      return new StepResponse(null)
    }
    const files = container.resolve(Modules.FILE)
    const photos = await Promise.all(
      ids.map((id) =>
        files.retrieveFile(id).catch(() => {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `No uploaded photo has the id ${id}.`
          )
        })
      )
    )
    return new StepResponse(photos.map(({ url }) => url))
  }
)
