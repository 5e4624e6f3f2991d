import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookProducerEarningsStep } from "../steps/book-producer-earnings"

export const bookProducerEarningsWorkflowId = "book-producer-earnings"

export const bookProducerEarningsWorkflow = createWorkflow(
  bookProducerEarningsWorkflowId,
  (input: { producer_order_id: string }) => {
    return new WorkflowResponse(bookProducerEarningsStep(input))
  }
)
