import type { StoreProducer } from "@imece/types"
import { describeError, formatNumber, formatPrice, localeTag, type Locale } from "@imece/i18n"
import type { HttpTypes } from "@medusajs/types"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { CartSummary } from "../../../components/cart/cart-summary"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { useCustomer } from "../../account/use-account"
import { cartRefusalOf, unavailableLineOf } from "../../cart/cart-errors"
import { groupCartByProducer, type CartGroup } from "../../cart/cart-groups"
import { useCart, useCartProducts, useRemoveCartItem } from "../../cart/use-cart"
import { FormError, SubmitButton } from "../../sell/components/form-feedback"
import { initialAddress, PAYMENT_METHOD_WORDS, paymentMethodOf } from "../checkout-address"
import {
  useCartLanguage,
  useChoosePayment,
  useChooseShipping,
  usePaymentProviders,
  usePlaceOrder,
  useSaveAddress,
  useShippingOptions,
} from "../use-checkout"
import { CardRefusal, useConfirmCard } from "../use-card-payment"
import { orderPath } from "../../orders/order-path"
import { AddressStep } from "./components/address-step"
import { CardField, CardPaymentForm } from "./components/card-payment"
import { ChoiceStep } from "./components/choice-step"
import { ReviewStep } from "./components/review-step"

const STEPS = ["address", "shipping", "payment", "review"] as const
type Step = (typeof STEPS)[number]

/** How far she may go: a step needs every step before it done in the cart. */
function furthestStep(cart: HttpTypes.StoreCart): Step {
  if (!cart.email || !cart.shipping_address?.address_1) {
    return "address"
  }
  if (!cart.shipping_methods?.length) {
    return "shipping"
  }
  if (!cart.payment_collection?.payment_sessions?.length) {
    return "payment"
  }
  return "review"
}

export function CheckoutPage() {
  const { t } = useTranslation()
  const cart = useCart()
  const customer = useCustomer()

  if (cart.isError) {
    return <ErrorState onRetry={() => void cart.refetch()} />
  }
  if (cart.data === undefined || customer.isLoading) {
    return <LoadingState />
  }
  if (!cart.data?.items?.length) {
    return (
      <section className="checkout-page">
        <h1>{t("shop.checkout.title")}</h1>
        <p className="state">{t("shop.checkout.emptyCart")}</p>
        <Link className="button" to="/">
          {t("shop.cart.browse")}
        </Link>
      </section>
    )
  }
  return <Checkout cart={cart.data} customer={customer.data ?? null} />
}

function Checkout({
  cart,
  customer,
}: {
  cart: HttpTypes.StoreCart
  customer: HttpTypes.StoreCustomer | null
}) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const products = useCartProducts(cart)
  const saveAddress = useSaveAddress(cart.id)
  useCartLanguage(cart, localeTag(locale))
  const shippingOptions = useShippingOptions(cart)
  const chooseShipping = useChooseShipping(cart.id)
  const providers = usePaymentProviders(cart.region_id ?? "")
  const choosePayment = useChoosePayment(cart)
  const placeOrder = usePlaceOrder(cart.id, (order, key) =>
    navigate(orderPath(order.id, key), { state: { placed: true } })
  )

  const furthest = furthestStep(cart)
  const asked = STEPS.find((step) => step === params.get("step")) ?? furthest
  const step = STEPS.indexOf(asked) <= STEPS.indexOf(furthest) ? asked : furthest
  const goTo = (next: Step) => setParams({ step: next })

  const producerOf = new Map<string, StoreProducer | null>(
    (products.data ?? []).map((product) => [product.id, product.producer ?? null])
  )
  const groups = groupCartByProducer(cart.items ?? [], producerOf)
  const price = (amount: number) => formatPrice(amount, cart.currency_code, locale)
  const countries = (cart.region?.countries ?? []).map((country) => ({
    code: country.iso_2 ?? "",
    name: country.display_name ?? country.iso_2 ?? "",
  }))
  const methodName = (providerId: string) =>
    t(`shop.checkout.paymentMethods.${PAYMENT_METHOD_WORDS[paymentMethodOf(providerId)]}`)
  const chosenShipping = cart.shipping_methods?.[0]
  const chosenSession = cart.payment_collection?.payment_sessions?.[0]
  const chosenProvider = chosenSession?.provider_id
  const itemTotal = groups.reduce((sum, group) => sum + group.subtotal, 0)
  // Medusa's Stripe provider keeps the payment intent's client secret in the session's data.
  const cardSecret =
    chosenSession && paymentMethodOf(chosenSession.provider_id) === "card"
      ? (chosenSession.data as { client_secret?: string } | undefined)?.client_secret
      : undefined
  const review: ReviewFormProps = {
    cart,
    groups,
    itemTotal,
    payment: chosenProvider ? methodName(chosenProvider) : "",
    locale,
    onEdit: goTo,
    placeOrder,
  }

  return (
    <section className="checkout-page">
      <h1>{t("shop.checkout.title")}</h1>
      <ol
        className="checkout-steps"
        aria-label={t("shop.checkout.step", {
          current: formatNumber(STEPS.indexOf(step) + 1, locale),
          total: formatNumber(STEPS.length, locale),
        })}
      >
        {STEPS.map((name, index) => (
          <li key={name} aria-current={name === step ? "step" : undefined}>
            {index <= STEPS.indexOf(furthest) && name !== step ? (
              <button type="button" className="link-button" onClick={() => goTo(name)}>
                {t(`shop.checkout.steps.${name}`)}
              </button>
            ) : (
              t(`shop.checkout.steps.${name}`)
            )}
          </li>
        ))}
      </ol>
      <h2 data-testid="checkout-step">{t(`shop.checkout.steps.${step}`)}</h2>

      {step === "address" && (
        <AddressStep
          initial={initialAddress(
            cart,
            customer,
            countries.map((country) => country.code)
          )}
          countries={countries}
          isGuest={!customer}
          saving={saveAddress.isPending}
          failed={saveAddress.isError}
          onSubmit={(address) => saveAddress.mutate(address, { onSuccess: () => goTo("shipping") })}
        />
      )}

      {step === "shipping" &&
        (shippingOptions.isError ? (
          <ErrorState onRetry={() => void shippingOptions.refetch()} />
        ) : !shippingOptions.data ? (
          <LoadingState />
        ) : (
          <ChoiceStep
            name="shipping"
            legend={t("shop.checkout.steps.shipping")}
            choices={shippingOptions.data.map((option) => ({
              id: option.id,
              label: option.name,
              hint: option.description,
              aside:
                groups.length > 1
                  ? t("shop.checkout.shippingPrice", {
                      amount: price(option.amount),
                      parcels: formatNumber(groups.length, locale),
                    })
                  : price(option.amount),
            }))}
            chosen={chosenShipping?.shipping_option_id ?? undefined}
            empty={t("shop.checkout.noShipping")}
            saving={chooseShipping.isPending}
            failed={chooseShipping.isError}
            onBack={() => goTo("address")}
            onSubmit={(id) => chooseShipping.mutate(id, { onSuccess: () => goTo("payment") })}
          />
        ))}

      {step === "payment" &&
        (providers.isError ? (
          <ErrorState onRetry={() => void providers.refetch()} />
        ) : !providers.data ? (
          <LoadingState />
        ) : (
          <ChoiceStep
            name="payment"
            legend={t("shop.checkout.steps.payment")}
            choices={providers.data.map((id) => {
              const method = PAYMENT_METHOD_WORDS[paymentMethodOf(id)]
              return {
                id,
                label: t(`shop.checkout.paymentMethods.${method}`),
                hint:
                  method === "other" ? undefined : t(`shop.checkout.paymentMethods.${method}Hint`),
              }
            })}
            chosen={chosenProvider}
            empty={t("shop.checkout.noPayment")}
            saving={choosePayment.isPending}
            failed={choosePayment.isError}
            onBack={() => goTo("shipping")}
            onSubmit={(id) => choosePayment.mutate(id, { onSuccess: () => goTo("review") })}
          />
        ))}

      {step === "review" &&
        (cardSecret ? (
          <CardPaymentForm clientSecret={cardSecret} locale={locale}>
            <CardReviewForm {...review} />
          </CardPaymentForm>
        ) : (
          <ReviewForm {...review} />
        ))}
    </section>
  )
}

interface ReviewFormProps {
  cart: HttpTypes.StoreCart
  groups: CartGroup[]
  itemTotal: number
  payment: string
  locale: Locale
  onEdit: (step: Step) => void
  placeOrder: ReturnType<typeof usePlaceOrder>
  /** Stripe's card form and its confirmation, when she pays by card. */
  card?: { field: ReactNode; confirm: () => Promise<void> }
}

/** The last step: everything she orders, and the button that places it. */
function ReviewForm({
  cart,
  groups,
  itemTotal,
  payment,
  locale,
  onEdit,
  placeOrder,
  card,
}: ReviewFormProps) {
  const { t } = useTranslation()
  const removeItem = useRemoveCartItem()
  const chosenShipping = cart.shipping_methods?.[0]
  const error = placeOrder.error
  const unavailable = unavailableLineOf(error)
  return (
    <form
      className="checkout-form"
      onSubmit={(event) => {
        event.preventDefault()
        placeOrder.mutate(card?.confirm)
      }}
    >
      <ReviewStep
        groups={groups}
        currencyCode={cart.currency_code}
        address={[
          `${cart.shipping_address?.first_name ?? ""} ${cart.shipping_address?.last_name ?? ""}`.trim(),
          cart.shipping_address?.address_1 ?? "",
          cart.shipping_address?.city ?? "",
          cart.email ?? "",
        ].filter(Boolean)}
        shipping={chosenShipping?.name ?? ""}
        payment={payment}
        locale={locale}
        onEdit={onEdit}
      />
      {card?.field}
      <CartSummary
        currencyCode={cart.currency_code}
        itemTotal={itemTotal}
        shipping={Number(cart.shipping_total ?? chosenShipping?.amount ?? 0)}
        locale={locale}
      >
        {error && (
          <FormError testId="place-order-error">
            {error instanceof CardRefusal ? (
              error.unavailable ? (
                t("shop.checkout.cardUnavailable")
              ) : (
                t("shop.checkout.cardDeclined", { reason: error.message })
              )
            ) : cartRefusalOf(error) === "sold-out" ? (
              <>
                {t("shop.checkout.soldOut")} <Link to="/cart">{t("shop.cart.title")}</Link>
              </>
            ) : (
              // A piece that can no longer be bought, prices that changed since she started:
              // the sentence names the piece or the new total, and the cart already shows it.
              describeError(error, locale, t("shop.checkout.failed"))
            )}
          </FormError>
        )}
        {unavailable && (
          <button
            type="button"
            className="button button-secondary"
            data-testid="remove-unavailable"
            disabled={removeItem.isPending}
            onClick={() =>
              removeItem.mutate(unavailable.id, { onSuccess: () => placeOrder.reset() })
            }
          >
            {t("shop.cart.removeLabel", { title: `\u2068${unavailable.product}\u2069` })}
          </button>
        )}
        <SubmitButton
          testId="place-order"
          pending={placeOrder.isPending}
          pendingLabel={t("shop.checkout.placing")}
        >
          {t("shop.checkout.place")}
        </SubmitButton>
      </CartSummary>
    </form>
  )
}

/** The review inside Stripe's context, so the order is placed once her card is authorized. */
function CardReviewForm(props: Omit<ReviewFormProps, "card">) {
  const confirm = useConfirmCard()
  return <ReviewForm {...props} card={{ field: <CardField />, confirm }} />
}
