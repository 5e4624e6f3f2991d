import { formatPrice, type Locale } from "@imece/i18n"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

interface CartSummaryProps {
  currencyCode: string
  itemTotal: number
  /** Null until shipping can be priced. */
  shipping: number | null
  locale: Locale
  children?: ReactNode
}

/** Items, shipping and the total she pays; the page's next step goes beneath. */
export function CartSummary({
  currencyCode,
  itemTotal,
  shipping,
  locale,
  children,
}: CartSummaryProps) {
  const { t } = useTranslation()
  const price = (amount: number) => formatPrice(amount, currencyCode, locale)
  return (
    <section className="cart-summary" aria-label={t("shop.cart.total")}>
      <dl>
        <div>
          <dt>{t("shop.cart.subtotal")}</dt>
          <dd>{price(itemTotal)}</dd>
        </div>
        <div>
          <dt>{t("shop.cart.shipping")}</dt>
          <dd>{shipping === null ? "—" : price(shipping)}</dd>
        </div>
        <div className="cart-total">
          <dt>{t("shop.cart.total")}</dt>
          <dd data-testid="cart-total">{price(itemTotal + (shipping ?? 0))}</dd>
        </div>
      </dl>
      {children}
    </section>
  )
}
