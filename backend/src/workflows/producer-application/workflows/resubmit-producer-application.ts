import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { APPLICATION_PHOTO_FOLDER } from "../../photos/photo-folders"
import { resolveUploadedPhotosStep } from "../../photos/steps/resolve-uploaded-photos"
import {
  transitionApplicationStep,
  type TransitionApplicationInput,
} from "../steps/transition-application"

export const resubmitProducerApplicationWorkflowId = "resubmit-producer-application"

export type ResubmitProducerApplicationInput = Omit<TransitionApplicationInput, "action"> & {
  /** Newly uploaded photos; when given they replace the ones she sent before. */
  photo_ids?: string[]
}

/** She answers again after staff asked for changes, and the application returns to the inbox. */
export const resubmitProducerApplicationWorkflow = createWorkflow(
  resubmitProducerApplicationWorkflowId,
  (input: ResubmitProducerApplicationInput) => {
    const photoUrls = resolveUploadedPhotosStep(
      transform({ input }, ({ input }) => ({
        ids: input.photo_ids,
        folder: APPLICATION_PHOTO_FOLDER,
      }))
    )
    const application = transitionApplicationStep(
      transform({ input, photoUrls }, ({ input: { photo_ids: _ids, ...input }, photoUrls }) => ({
        ...input,
        action: "resubmit" as const,
        answers: { ...input.answers, ...(photoUrls ? { photo_urls: photoUrls } : {}) },
      }))
    )
    emitEventStep({
      eventName: "producer_application.resubmitted",
      data: transform({ application }, ({ application }) => ({ id: application.id })),
    })
    return new WorkflowResponse(application)
  }
)
