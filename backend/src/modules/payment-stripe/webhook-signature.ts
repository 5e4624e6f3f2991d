import { createRequire } from "node:module"

interface StripeWebhooks {
  constructEvent(payload: string | Buffer, header: string, secret: string): StripeWebhookEvent
}

export interface StripeWebhookEvent {
  id: string
  type: string
}

/** The `stripe` package Medusa's provider is built with, so both check signatures alike. */
const stripePackage: { webhooks: StripeWebhooks } = createRequire(
  require.resolve("@medusajs/payment-stripe")
)("stripe")

/**
 * The event Stripe signed, or null when the `Stripe-Signature` header does not match the body
 * and the webhook's secret (someone else sent it, or it is older than Stripe's tolerance).
 */
export function verifiedStripeWebhookEvent(
  rawBody: Buffer | string,
  signature: string,
  secret: string
): StripeWebhookEvent | null {
  try {
    return stripePackage.webhooks.constructEvent(rawBody, signature, secret)
  } catch {
    return null
  }
}
