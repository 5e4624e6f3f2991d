import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdminReasonTemplateBody } from "@imece/types"
import { createReasonTemplatesStep } from "../steps/create-reason-templates"

export const createReasonTemplatesWorkflowId = "create-reason-templates"

export const createReasonTemplatesWorkflow = createWorkflow(
  createReasonTemplatesWorkflowId,
  (input: { reason_templates: AdminReasonTemplateBody[] }) => {
    return new WorkflowResponse(createReasonTemplatesStep(input.reason_templates))
  }
)
