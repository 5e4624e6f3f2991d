import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookOrderRefundsStep } from "../steps/book-order-refunds"

export const bookOrderRefundsWorkflowId = "book-order-refunds"

export const bookOrderRefundsWorkflow = createWorkflow(
  bookOrderRefundsWorkflowId,
  (input: { order_id: string }) => {
    return new WorkflowResponse(bookOrderRefundsStep(input))
  }
)
