import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateReasonTemplateStep,
  type UpdateReasonTemplateInput,
} from "../steps/update-reason-template"

export const updateReasonTemplateWorkflowId = "update-reason-template"

export const updateReasonTemplateWorkflow = createWorkflow(
  updateReasonTemplateWorkflowId,
  (input: UpdateReasonTemplateInput) => {
    return new WorkflowResponse(updateReasonTemplateStep(input))
  }
)
