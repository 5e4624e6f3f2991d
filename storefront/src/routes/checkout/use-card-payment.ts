import type { Locale } from "@imece/i18n"
import { useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe, type StripeElementLocale } from "@stripe/stripe-js"
import { STRIPE_PUBLISHABLE_KEY } from "../../config"

let stripeJs: Promise<Stripe | null> | undefined

/**
 * Stripe.js, fetched from Stripe the first time she pays by card and kept for the visit. When it
 * cannot load (offline, blocked) the answer is null and the page says so.
 */
export function loadStripeJs(): Promise<Stripe | null> {
  stripeJs ??= loadStripe(STRIPE_PUBLISHABLE_KEY).catch(() => {
    stripeJs = undefined
    return null
  })
  return stripeJs
}

/** Stripe's form speaks Turkish and English; it has no Persian, so it follows the browser. */
export const STRIPE_LOCALES: Record<Locale, StripeElementLocale> = {
  tr: "tr",
  en: "en",
  fa: "auto",
}

/** Why the card was not authorized: Stripe's own words, already in her language. */
export class CardRefusal extends Error {
  constructor(
    message: string,
    readonly unavailable = false
  ) {
    super(message)
  }
}

/**
 * Confirms the card typed into Stripe's Payment Element, inside its `<Elements>`. It resolves
 * once Stripe has authorized the amount (3-D Secure included, in Stripe's own window), so the
 * cart can then be completed; a decline throws a CardRefusal and charges nothing.
 */
export function useConfirmCard(): () => Promise<void> {
  const stripe = useStripe()
  const elements = useElements()
  return async () => {
    if (!stripe || !elements) {
      throw new CardRefusal("Stripe.js is not loaded", true)
    }
    const { error } = await stripe.confirmPayment({
      elements,
      redirect: "if_required",
      confirmParams: { return_url: window.location.href },
    })
    if (error) {
      throw new CardRefusal(error.message ?? error.type)
    }
  }
}
