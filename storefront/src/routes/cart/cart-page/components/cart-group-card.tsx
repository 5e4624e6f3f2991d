import type { HttpTypes } from "@medusajs/types"
import { formatNumber, formatPrice, type Locale } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { CartGroup } from "../../cart-groups"

interface CartGroupCardProps {
  group: CartGroup
  currencyCode: string
  /** One parcel's shipping, when known. */
  parcelShipping: number | null
  /** How many of each variant are left, when counted. */
  stockOf: (variantId: string) => number | null
  /** Whether the product comes in several sizes or colours, so the line names the one chosen. */
  hasChoices: (productId: string) => boolean
  locale: Locale
  busy: boolean
  onQuantity: (item: HttpTypes.StoreCartLineItem, quantity: number) => void
  onRemove: (item: HttpTypes.StoreCartLineItem) => void
}

/** One producer's parcel in the cart: her lines, each changeable, and its shipping. */
export function CartGroupCard({
  group,
  currencyCode,
  parcelShipping,
  stockOf,
  hasChoices,
  locale,
  busy,
  onQuantity,
  onRemove,
}: CartGroupCardProps) {
  const { t } = useTranslation()
  const price = (amount: number) => formatPrice(amount, currencyCode, locale)
  return (
    <section className="cart-group" data-testid="cart-group">
      <h2 className="cart-group-title">
        {group.producer ? (
          <Link to={`/producers/${group.producer.handle}`}>
            {t("shop.cart.from", { name: group.producer.name })}
          </Link>
        ) : (
          t("shop.cart.cooperative")
        )}
      </h2>
      <ul className="cart-lines">
        {group.items.map((item) => {
          const title = item.product_title ?? item.title
          const left = item.variant_id ? stockOf(item.variant_id) : null
          return (
            <li key={item.id} className="cart-line" data-testid="cart-line">
              {item.thumbnail && <img src={item.thumbnail} alt="" className="cart-thumb" />}
              <div className="cart-line-body">
                <Link to={`/products/${item.product_handle}`} className="cart-line-title">
                  {title}
                </Link>
                {item.variant_title && item.product_id && hasChoices(item.product_id) && (
                  <span className="card-meta">{item.variant_title}</span>
                )}
                <span className="card-meta">{price(Number(item.unit_price))}</span>
                {left !== null && left < item.quantity && (
                  <span className="field-error" role="alert">
                    {t("shop.cart.notEnough", { title, quantity: formatNumber(left, locale) })}
                  </span>
                )}
                <div className="cart-line-actions">
                  <div className="quantity-stepper" role="group">
                    <button
                      type="button"
                      className="stepper-button"
                      aria-label={t("shop.cart.decrease", { title })}
                      disabled={busy || item.quantity <= 1}
                      onClick={() => onQuantity(item, item.quantity - 1)}
                    >
                      −
                    </button>
                    <output data-testid="line-quantity">
                      {formatNumber(item.quantity, locale)}
                    </output>
                    <button
                      type="button"
                      className="stepper-button"
                      aria-label={t("shop.cart.increase", { title })}
                      disabled={busy || (left !== null && item.quantity >= left)}
                      onClick={() => onQuantity(item, item.quantity + 1)}
                    >
                      +
                    </button>
                  </div>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t("shop.cart.removeLabel", { title })}
                    disabled={busy}
                    onClick={() => onRemove(item)}
                  >
                    {t("shop.cart.remove")}
                  </button>
                </div>
              </div>
              <strong className="cart-line-total">
                {price(Number(item.total ?? item.unit_price * item.quantity))}
              </strong>
            </li>
          )
        })}
      </ul>
      <p className="cart-group-shipping card-meta">
        {parcelShipping === null
          ? t("shop.cart.shippingLater")
          : t("shop.cart.shippingPerProducer", { amount: price(parcelShipping) })}
      </p>
    </section>
  )
}
