import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYMENT_WEBHOOK_MODULE } from "../../../modules/payment-webhook"
import type PaymentWebhookModuleService from "../../../modules/payment-webhook/service"

export const recordPaymentWebhookEventStepId = "record-payment-webhook-event"

export interface PaymentWebhookEventInput {
  provider: string
  event_id: string
  event_type: string
}

/**
 * Records the event unless it was recorded before, and says which: the first delivery goes on
 * to be handled, a later one is only acknowledged. The lock makes two deliveries arriving at
 * once, on two servers, take turns; the unique index is the backstop.
 */
export const recordPaymentWebhookEventStep = createStep(
  recordPaymentWebhookEventStepId,
  async (input: PaymentWebhookEventInput, { container }) => {
    const webhooks: PaymentWebhookModuleService = container.resolve(PAYMENT_WEBHOOK_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const recorded = await locking.execute(
      `payment-webhook:${input.provider}:${input.event_id}`,
      async () => {
        const [earlier] = await webhooks.listPaymentWebhookEvents(
          { provider: input.provider, event_id: input.event_id },
          { take: 1 }
        )
        return earlier ? null : webhooks.createPaymentWebhookEvents(input)
      }
    )
    return new StepResponse({ first: recorded !== null }, recorded?.id)
  },
  async (recordedId, { container }) => {
    if (!recordedId) {
      return
    }
    const webhooks: PaymentWebhookModuleService = container.resolve(PAYMENT_WEBHOOK_MODULE)
    await webhooks.deletePaymentWebhookEvents(recordedId)
  }
)
