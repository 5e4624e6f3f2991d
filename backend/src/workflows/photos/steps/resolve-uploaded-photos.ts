import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveUploadedPhotosStepId = "resolve-uploaded-photos"

/**
 * The addresses of uploaded photos named by id. Only photos kept under `folder` (hers) count: a
 * made-up id, or one of someone else's photos, is refused alike.
 */
export const resolveUploadedPhotosStep = createStep(
  resolveUploadedPhotosStepId,
  async ({ ids, folder }: { ids?: string[]; folder: string }, { container }) => {
    if (!ids?.length) {
      return new StepResponse(null)
    }
    const files = container.resolve(Modules.FILE)
    const notFound = (id: string) =>
      new MedusaError(MedusaError.Types.INVALID_DATA, `No uploaded photo has the id ${id}.`)
    const photos = await Promise.all(
      ids.map((id) => {
        if (!id.startsWith(`${folder}/`)) {
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
