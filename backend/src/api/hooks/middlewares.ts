import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { verifiedStripeWebhookEvent } from "../../modules/payment-stripe/webhook-signature"
import { forgetPaymentWebhookEventWorkflow } from "../../workflows/payment-webhook/workflows/forget-payment-webhook-event"
import { recordPaymentWebhookEventWorkflow } from "../../workflows/payment-webhook/workflows/record-payment-webhook-event"

/** Medusa's webhook route for our Stripe provider (`pp_stripe_stripe`). */
const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/**
 * Stands before Medusa's webhook route, which answers 200 to anything and checks the signature
 * only later, when it handles the event. Here a delivery Stripe did not sign is refused at once
 * with 400, and an event already accepted is acknowledged without being handled again.
 */
async function acceptStripeWebhookOnce(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret) {
    return next()
  }
  const signature = req.headers["stripe-signature"]
  const event =
    typeof signature === "string" && req.rawBody
      ? verifiedStripeWebhookEvent(req.rawBody, signature, secret)
      : null
  if (!event) {
    res.status(400).json({
      type: "invalid_data",
      message: "This webhook is not signed by Stripe with this shop's webhook secret.",
    })
    return
  }

  const delivery = { provider: "stripe", event_id: event.id }
  const { result } = await recordPaymentWebhookEventWorkflow(req.scope).run({
    input: { ...delivery, event_type: event.type },
  })
  if (!result.first) {
    res.sendStatus(200)
    return
  }
  // Medusa's route refuses a delivery it could not queue; Stripe sends it again, and that
  // delivery must then be handled rather than taken for a replay.
  res.on("finish", () => {
    if (res.statusCode >= 400) {
      void forgetPaymentWebhookEventWorkflow(req.scope).run({ input: delivery })
    }
  })
  next()
}

export const hooksRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: STRIPE_WEBHOOK_PATH,
    bodyParser: { preserveRawBody: true },
    middlewares: [acceptStripeWebhookOnce],
  },
]
