import type { HttpTypes } from "@medusajs/types"

/** What she types on the first step of checkout: where to send it, and how to reach her. */
export interface CheckoutAddress {
  email: string
  first_name: string
  last_name: string
  phone: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
}

export type AddressErrors = Partial<Record<keyof CheckoutAddress, "required" | "invalidEmail">>

const REQUIRED: (keyof CheckoutAddress)[] = [
  "email",
  "first_name",
  "last_name",
  "phone",
  "address_1",
  "city",
  "country_code",
]

/** What is missing or wrong; empty when the address can be sent. */
export function checkAddress(address: CheckoutAddress): AddressErrors {
  const errors: AddressErrors = {}
  for (const field of REQUIRED) {
    if (!address[field].trim()) {
      errors[field] = "required"
    }
  }
  if (!errors.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address.email.trim())) {
    errors.email = "invalidEmail"
  }
  return errors
}

/** An address as the cart or her account keeps it; any part may be missing. */
type SavedAddress = Partial<
  Record<Exclude<keyof CheckoutAddress, "email">, string | null | undefined>
>

/**
 * The form's first values: what the cart already has, else her saved address and email when
 * she is logged in, else the region's only country.
 */
export function initialAddress(
  cart: Pick<HttpTypes.StoreCart, "email" | "shipping_address">,
  customer: { email?: string | null; addresses?: SavedAddress[] | null } | null,
  countries: string[]
): CheckoutAddress {
  const saved = cart.shipping_address ?? customer?.addresses?.[0] ?? null
  return {
    email: cart.email ?? customer?.email ?? "",
    first_name: saved?.first_name ?? "",
    last_name: saved?.last_name ?? "",
    phone: saved?.phone ?? "",
    address_1: saved?.address_1 ?? "",
    city: saved?.city ?? "",
    postal_code: saved?.postal_code ?? "",
    country_code:
      saved?.country_code && countries.includes(saved.country_code)
        ? saved.country_code
        : (countries[0] ?? ""),
  }
}

/** The cart's update: the same address for shipping and billing, values trimmed. */
export function addressUpdate(address: CheckoutAddress): HttpTypes.StoreUpdateCart {
  const { email, ...rest } = address
  const trimmed = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, value.trim()])
  ) as Omit<CheckoutAddress, "email">
  return { email: email.trim(), shipping_address: trimmed, billing_address: trimmed }
}

export type PaymentMethod = "cash-on-delivery" | "bank-transfer" | "card" | "other"

/** The key of each way to pay among the page's words (`shop.checkout.paymentMethods.*`). */
export const PAYMENT_METHOD_WORDS = {
  "cash-on-delivery": "cashOnDelivery",
  "bank-transfer": "bankTransfer",
  card: "card",
  other: "other",
} as const satisfies Record<PaymentMethod, string>

/** Which of the marketplace's ways to pay a Medusa payment provider is, by its id. */
export function paymentMethodOf(providerId: string): PaymentMethod {
  if (/cash|cod/i.test(providerId)) {
    return "cash-on-delivery"
  }
  if (/bank|transfer|havale/i.test(providerId)) {
    return "bank-transfer"
  }
  if (/stripe/i.test(providerId)) {
    return "card"
  }
  return "other"
}

/**
 * The ways she may pay, in the order offered. Medusa's no-op provider is for tests and shows only
 * when nothing else is set up; a card needs Stripe's form on the page, so it is offered only when
 * the storefront has Stripe's publishable key as well as the region the provider.
 */
export function offeredPaymentProviders(
  providerIds: string[],
  { cardForm }: { cardForm: boolean }
): string[] {
  const order: PaymentMethod[] = ["cash-on-delivery", "bank-transfer", "card", "other"]
  const real = providerIds.filter(
    (id) => id !== "pp_system_default" && (cardForm || paymentMethodOf(id) !== "card")
  )
  const offered = real.length > 0 ? real : providerIds.filter((id) => id === "pp_system_default")
  return offered.sort(
    (a, b) => order.indexOf(paymentMethodOf(a)) - order.indexOf(paymentMethodOf(b))
  )
}
