import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createProducerApplicationStep,
  type CreateProducerApplicationInput,
} from "../steps/create-producer-application"
import { validateNoOpenApplicationStep } from "../steps/validate-no-open-application"

export type SubmitProducerApplicationInput = Omit<
  CreateProducerApplicationInput,
  "submitted_at" | "consented_at"
> & { now: Date }

export const submitProducerApplicationWorkflowId = "submit-producer-application"

export const submitProducerApplicationWorkflow = createWorkflow(
  submitProducerApplicationWorkflowId,
  (input: SubmitProducerApplicationInput) => {
    validateNoOpenApplicationStep({ email: input.email, phone: input.phone })
    const data = transform({ input }, ({ input: { now, ...application } }) => ({
      ...application,
      consented_at: now,
      submitted_at: now,
    }))
    const application = createProducerApplicationStep(data)
    emitEventStep({
      eventName: "producer_application.submitted",
      data: transform({ application }, ({ application }) => ({ id: application.id })),
    })
    return new WorkflowResponse(application)
  }
)
