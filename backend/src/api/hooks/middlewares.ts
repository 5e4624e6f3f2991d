import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID } from "../../modules/payment-stripe"
import { verifiedStripeWebhookEvent } from "../../modules/payment-stripe/webhook-signature"
import { CodedError } from "../../utils/coded-error"
import { forgetPaymentWebhookEventWorkflow } from "../../workflows/payment-webhook/workflows/forget-payment-webhook-event"
import { recordPaymentWebhookEventWorkflow } from "../../workflows/payment-webhook/workflows/record-payment-webhook-event"

/** Medusa's webhook route for our Stripe provider (`pp_stripe_stripe`). */
const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/** Whether this deployment takes card payments through Stripe (its keys are set). */
async function stripeIsSetUp(req: MedusaRequest): Promise<boolean> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_provider",
    fields: ["id"],
    filters: { id: STRIPE_PROVIDER_ID, is_enabled: true },
  })
  return data.length > 0
}

/**
 * Stands before Medusa's webhook route, which answers 200 to anything and checks the signature
 * only later, when it handles the event, or never, when Stripe is not set up. Here a delivery is
 * refused at once with 400 while Stripe is not set up or when Stripe did not sign it, and an
 * event already accepted is acknowledged without being handled again.
 */
async function acceptStripeWebhookOnce(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const secret = process.env.STRIPE_WEBHOOK_SECRET
  if (!secret || !(await stripeIsSetUp(req))) {
    throw new CodedError(
      MedusaError.Types.INVALID_DATA,
      "stripe_not_configured",
      "Stripe is not set up in this shop (STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET): nothing here can check or handle its webhooks."
    )
  }
  const signature = req.headers["stripe-signature"]
  const event =
    typeof signature === "string" && req.rawBody
      ? verifiedStripeWebhookEvent(req.rawBody, signature, secret)
      : null
  if (!event) {
    throw new CodedError(
      MedusaError.Types.INVALID_DATA,
      "stripe_webhook_unsigned",
      "This webhook is not signed by Stripe with this shop's webhook secret."
    )
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
