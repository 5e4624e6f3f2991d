import type { StoreProducer } from "@imece/types"
import { describeError, formatNumber } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { FormError } from "../../sell/components/form-feedback"
import { groupCartByProducer } from "../cart-groups"
import { CartGroupCard } from "./components/cart-group-card"
import { CartSummary } from "../../../components/cart/cart-summary"
import { cartRefusalOf } from "../cart-errors"
import {
  useCart,
  useCartFollowsRegion,
  useCartProducts,
  useCartShipping,
  useRemoveCartItem,
  useUpdateCartItem,
} from "../use-cart"

export function CartPage() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const cart = useCart()
  const products = useCartProducts(cart.data)
  const shipping = useCartShipping(cart.data)
  const follow = useCartFollowsRegion(cart.data)
  const updateItem = useUpdateCartItem()
  const removeItem = useRemoveCartItem()

  if (cart.isError) {
    return <ErrorState onRetry={() => void cart.refetch()} />
  }
  if (cart.data === undefined) {
    return <LoadingState />
  }
  const items = cart.data?.items ?? []
  if (!cart.data || items.length === 0) {
    return (
      <section className="cart-page">
        <h1>{t("shop.cart.title")}</h1>
        <p className="state" data-testid="cart-empty">
          {t("shop.cart.empty")}
        </p>
        <Link className="button" to="/">
          {t("shop.cart.browse")}
        </Link>
      </section>
    )
  }

  const producerOf = new Map<string, StoreProducer | null>(
    (products.data ?? []).map((product) => [product.id, product.producer ?? null])
  )
  const stock = new Map(
    (products.data ?? []).flatMap((product) =>
      (product.variants ?? []).map((variant) => [
        variant.id,
        variant.manage_inventory && !variant.allow_backorder
          ? (variant.inventory_quantity ?? 0)
          : null,
      ])
    )
  )
  const choices = new Map(
    (products.data ?? []).map((product) => [product.id, product.variants?.length ?? 0])
  )
  const groups = groupCartByProducer(items, producerOf)
  const shippingTotal = shipping.data ?? null
  const parcelShipping = shippingTotal === null ? null : shippingTotal / groups.length
  const itemTotal = groups.reduce((sum, group) => sum + group.subtotal, 0)
  const busy = updateItem.isPending || removeItem.isPending || follow.isPending
  const failed = updateItem.error ?? removeItem.error

  return (
    <section className="cart-page">
      <h1>{t("shop.cart.title")}</h1>
      {groups.map((group) => (
        <CartGroupCard
          key={group.producer?.id ?? "cooperative"}
          group={group}
          currencyCode={cart.data?.currency_code ?? "try"}
          parcelShipping={parcelShipping}
          stockOf={(variantId) => stock.get(variantId) ?? null}
          hasChoices={(productId) => (choices.get(productId) ?? 0) > 1}
          locale={locale}
          busy={busy}
          onQuantity={(item, quantity) => updateItem.mutate({ lineId: item.id, quantity })}
          onRemove={(item) => removeItem.mutate(item.id)}
        />
      ))}
      {failed && (
        <FormError testId="cart-error">
          {cartRefusalOf(failed) === "sold-out"
            ? t("shop.cart.updateFailed")
            : describeError(failed, locale, t("shop.addToCart.failed"))}
        </FormError>
      )}
      {groups.length > 1 && (
        <p className="note">
          {t("shop.cart.parcels", { quantity: formatNumber(groups.length, locale) })}
        </p>
      )}
      <CartSummary
        currencyCode={cart.data.currency_code}
        itemTotal={itemTotal}
        shipping={shippingTotal}
        locale={locale}
      >
        <Link className="button" to="/checkout" data-testid="go-to-checkout">
          {t("shop.cart.checkout")}
        </Link>
      </CartSummary>
    </section>
  )
}
