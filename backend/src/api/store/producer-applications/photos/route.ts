import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadApplicationPhotosWorkflow } from "../../../../workflows/producer-application/workflows/upload-application-photos"

/**
 * Photos of her products, sent before the application (one request per photo lets the page show
 * each one's progress). Answers the ids to put in the application's `photo_ids`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const files = (req.files ?? []) as Express.Multer.File[]
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Attach at least one photo as `files`.")
  }
  const { result: photos } = await uploadApplicationPhotosWorkflow(req.scope).run({
    input: {
      files: files.map(({ originalname, buffer }) => ({
        originalname,
        content: buffer.toString("base64"),
      })),
    },
  })
  res.status(201).json({ photos })
}
