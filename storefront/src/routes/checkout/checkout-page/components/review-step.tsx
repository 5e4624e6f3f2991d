import { formatNumber, formatPrice, type Locale } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import type { CartGroup } from "../../../cart/cart-groups"

interface ReviewStepProps {
  groups: CartGroup[]
  currencyCode: string
  address: string[]
  shipping: string
  payment: string
  locale: Locale
  onEdit: (step: "address" | "shipping" | "payment") => void
}

/** Everything she is about to order, each part with a way back to change it. */
export function ReviewStep({
  groups,
  currencyCode,
  address,
  shipping,
  payment,
  locale,
  onEdit,
}: ReviewStepProps) {
  const { t } = useTranslation()
  return (
    <div className="checkout-review">
      {groups.map((group) => (
        <section key={group.producer?.id ?? "cooperative"} className="review-group">
          <h3>
            {group.producer
              ? t("shop.cart.from", { name: group.producer.name })
              : t("shop.cart.cooperative")}
          </h3>
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>
                {formatNumber(item.quantity, locale)} × {item.product_title ?? item.title}
                <span className="choice-aside">
                  {formatPrice(
                    Number(item.total ?? item.unit_price * item.quantity),
                    currencyCode,
                    locale
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <dl className="review">
        {(
          [
            ["address", t("shop.checkout.shipTo"), address.join(", ")],
            ["shipping", t("shop.checkout.steps.shipping"), shipping],
            ["payment", t("shop.checkout.payWith"), payment],
          ] as const
        ).map(([step, label, value]) => (
          <div key={step}>
            <dt>{label}</dt>
            <dd>
              {/* Her address is in her own script, whatever the page's direction. */}
              <bdi>{value}</bdi>{" "}
              <button type="button" className="link-button" onClick={() => onEdit(step)}>
                {t("shop.checkout.edit")}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
