import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settlePayoutBatchStep, type SettlePayoutBatchInput } from "../steps/settle-payout-batch"

export const settlePayoutBatchWorkflowId = "settle-payout-batch"

export const settlePayoutBatchWorkflow = createWorkflow(
  settlePayoutBatchWorkflowId,
  (input: SettlePayoutBatchInput) => {
    return new WorkflowResponse(settlePayoutBatchStep(input))
  }
)
