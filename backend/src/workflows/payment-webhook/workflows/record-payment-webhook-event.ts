import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  recordPaymentWebhookEventStep,
  type PaymentWebhookEventInput,
} from "../steps/record-payment-webhook-event"

export const recordPaymentWebhookEventWorkflowId = "record-payment-webhook-event"

export const recordPaymentWebhookEventWorkflow = createWorkflow(
  recordPaymentWebhookEventWorkflowId,
  (input: PaymentWebhookEventInput) => {
    return new WorkflowResponse(recordPaymentWebhookEventStep(input))
  }
)
