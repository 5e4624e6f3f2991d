import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { preparePhotosStep, type UploadedPhoto } from "../steps/prepare-photos"

export const uploadPhotosWorkflowId = "upload-photos"

/**
 * Photos of her work (for an application or a product), checked and resized before they are
 * kept under `folder`, which says whose they are: a photo's id starts with it.
 */
export const uploadPhotosWorkflow = createWorkflow(
  uploadPhotosWorkflowId,
  (input: { files: UploadedPhoto[]; folder: string }) => {
    const files = preparePhotosStep(input)
    const uploaded = uploadFilesWorkflow.runAsStep({ input: { files } })
    return new WorkflowResponse(
      transform({ uploaded }, ({ uploaded }) => uploaded.map(({ id, url }) => ({ id, url })))
    )
  }
)
