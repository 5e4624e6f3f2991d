import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import {
  prepareApplicationPhotosStep,
  type UploadedPhoto,
} from "../steps/prepare-application-photos"

export const uploadApplicationPhotosWorkflowId = "upload-application-photos"

/** Photos an applicant attaches to her application, checked and resized before they are kept. */
export const uploadApplicationPhotosWorkflow = createWorkflow(
  uploadApplicationPhotosWorkflowId,
  (input: { files: UploadedPhoto[] }) => {
    const files = prepareApplicationPhotosStep(input.files)
    const uploaded = uploadFilesWorkflow.runAsStep({ input: { files } })
    return new WorkflowResponse(
      transform({ uploaded }, ({ uploaded }) => uploaded.map(({ id, url }) => ({ id, url })))
    )
  }
)
