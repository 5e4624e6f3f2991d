import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_WEBHOOK_MODULE } from "../../../modules/payment-webhook"
import type PaymentWebhookModuleService from "../../../modules/payment-webhook/service"

export const forgetPaymentWebhookEventStepId = "forget-payment-webhook-event"

/** Forgets an event so that the provider's next delivery of it is handled. */
export const forgetPaymentWebhookEventStep = createStep(
  forgetPaymentWebhookEventStepId,
  async (input: { provider: string; event_id: string }, { container }) => {
    const webhooks: PaymentWebhookModuleService = container.resolve(PAYMENT_WEBHOOK_MODULE)
    const events = await webhooks.listPaymentWebhookEvents(input)
    await webhooks.deletePaymentWebhookEvents(events.map((event) => event.id))
    return new StepResponse(undefined)
  }
)
