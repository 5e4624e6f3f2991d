import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { forgetPaymentWebhookEventStep } from "../steps/forget-payment-webhook-event"

export const forgetPaymentWebhookEventWorkflowId = "forget-payment-webhook-event"

export const forgetPaymentWebhookEventWorkflow = createWorkflow(
  forgetPaymentWebhookEventWorkflowId,
  (input: { provider: string; event_id: string }) => {
    return new WorkflowResponse(forgetPaymentWebhookEventStep(input))
  }
)
