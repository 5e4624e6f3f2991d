import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateCooperativeSettingsStep,
  type CooperativeSettingsChanges,
} from "../steps/update-cooperative-settings"

export const updateCooperativeSettingsWorkflowId = "update-cooperative-settings"

export const updateCooperativeSettingsWorkflow = createWorkflow(
  updateCooperativeSettingsWorkflowId,
  (input: CooperativeSettingsChanges) => {
    return new WorkflowResponse(updateCooperativeSettingsStep(input))
  }
)
