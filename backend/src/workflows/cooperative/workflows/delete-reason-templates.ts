import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteReasonTemplatesStep } from "../steps/delete-reason-templates"

export const deleteReasonTemplatesWorkflowId = "delete-reason-templates"

export const deleteReasonTemplatesWorkflow = createWorkflow(
  deleteReasonTemplatesWorkflowId,
  (input: { ids: string[] }) => {
    return new WorkflowResponse(deleteReasonTemplatesStep(input.ids))
  }
)
