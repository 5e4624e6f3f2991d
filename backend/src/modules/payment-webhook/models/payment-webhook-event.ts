import { model } from "@medusajs/framework/utils"

/**
 * A webhook event a payment provider delivered and the marketplace accepted. Providers resend
 * an event until they hear back and may send it twice at once; one row per event id is how each
 * is handled once, on however many servers.
 */
export const PaymentWebhookEvent = model
  .define("payment_webhook_event", {
    id: model.id({ prefix: "pwhe" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    event_type: model.text(),
  })
  .indexes([{ on: ["provider", "event_id"], unique: true }])
