import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmPayoutBatchStep, type ConfirmPayoutBatchInput } from "../steps/confirm-payout-batch"

export const confirmPayoutBatchWorkflowId = "confirm-payout-batch"

export const confirmPayoutBatchWorkflow = createWorkflow(
  confirmPayoutBatchWorkflowId,
  (input: ConfirmPayoutBatchInput) => {
    return new WorkflowResponse(confirmPayoutBatchStep(input))
  }
)
