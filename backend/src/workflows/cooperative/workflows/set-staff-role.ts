import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffRole } from "@imece/types"
import { setStaffRoleStep } from "../steps/set-staff-role"

export const setStaffRoleWorkflowId = "set-staff-role"

export const setStaffRoleWorkflow = createWorkflow(
  setStaffRoleWorkflowId,
  (input: { user_id: string; role: StaffRole }) => {
    return new WorkflowResponse(setStaffRoleStep(input))
  }
)
