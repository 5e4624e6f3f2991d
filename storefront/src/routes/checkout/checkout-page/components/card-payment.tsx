import type { Locale } from "@imece/i18n"
import { Elements, PaymentElement } from "@stripe/react-stripe-js"
import { useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { FormError } from "../../../sell/components/form-feedback"
import { loadStripeJs, STRIPE_LOCALES } from "../../use-card-payment"

/** Stripe's context for the card of one payment session (its client secret). */
export function CardPaymentForm({
  clientSecret,
  locale,
  children,
}: {
  clientSecret: string
  locale: Locale
  children: ReactNode
}) {
  return (
    <Elements
      stripe={loadStripeJs()}
      options={{ clientSecret, locale: STRIPE_LOCALES[locale] }}
      key={clientSecret}
    >
      {children}
    </Elements>
  )
}

/** Stripe's Payment Element: the card number, expiry and code never touch the marketplace. */
export function CardField() {
  const { t } = useTranslation()
  const [loadFailed, setLoadFailed] = useState(false)
  return (
    <fieldset className="card-field" data-testid="card-field">
      <legend>{t("shop.checkout.cardDetails")}</legend>
      {loadFailed ? (
        <FormError>{t("shop.checkout.cardUnavailable")}</FormError>
      ) : (
        <PaymentElement onLoadError={() => setLoadFailed(true)} />
      )}
    </fieldset>
  )
}
