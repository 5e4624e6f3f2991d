import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createProducerApplicationStep,
  type CreateProducerApplicationInput,
} from "../steps/create-producer-application"
import { APPLICATION_PHOTO_FOLDER } from "../../photos/photo-folders"
import { resolveUploadedPhotosStep } from "../../photos/steps/resolve-uploaded-photos"
import { validateNoOpenApplicationStep } from "../steps/validate-no-open-application"

export type SubmitProducerApplicationInput = Omit<
  CreateProducerApplicationInput,
  "submitted_at" | "consented_at" | "photo_urls"
> & { now: Date; photo_ids?: string[] }

export const submitProducerApplicationWorkflowId = "submit-producer-application"

export const submitProducerApplicationWorkflow = createWorkflow(
  submitProducerApplicationWorkflowId,
  (input: SubmitProducerApplicationInput) => {
    validateNoOpenApplicationStep({ email: input.email, phone: input.phone })
    const photoUrls = resolveUploadedPhotosStep(
      transform({ input }, ({ input }) => ({
        ids: input.photo_ids,
        folder: APPLICATION_PHOTO_FOLDER,
      }))
    )
    const data = transform(
      { input, photoUrls },
      ({ input: { now, photo_ids: _ids, ...application }, photoUrls }) => ({
        ...application,
        photo_urls: photoUrls,
        consented_at: now,
        submitted_at: now,
      })
    )
    const application = createProducerApplicationStep(data)
    emitEventStep({
      eventName: "producer_application.submitted",
      data: transform({ application }, ({ application }) => ({ id: application.id })),
    })
    return new WorkflowResponse(application)
  }
)
