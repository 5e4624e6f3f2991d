import { describeError, formatDate, formatNumber, formatPrice } from "@imece/i18n"
import type { ProducerOrder } from "@imece/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { useLocale } from "../../../i18n/use-locale"
import { ShopQueryState } from "../components/shop-query-state"
import { TextField } from "../components/text-field"
import { useMoveShopOrder, useShopOrder } from "../use-shop-orders"
import { FormError, SubmitButton } from "../components/form-feedback"

/** The carrier's name and the tracking number, as `POST …/ship` accepts them. */
const CARRIER_LENGTH = { min: 2, max: 60 }
const TRACKING_LENGTH = { min: 3, max: 60 }

/** Her part of one order: what to send, where, what she earns, and the next step to take. */
export function SellOrderDetail() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { id = "" } = useParams()
  const order = useShopOrder(id)

  if (!order.isSuccess) {
    return <ShopQueryState query={order} notFound={t("manage.order.notFound")} />
  }
  const part = order.data
  const money = (amount: number) => formatPrice(amount, part.currency_code, locale)
  const address = part.shipping_address
  return (
    <section className="narrow" data-testid="order-detail">
      <p>
        <Link to="/sell/shop/orders">{t("manage.order.back")}</Link>
      </p>
      <h1>{t("manage.orders.number", { number: formatNumber(part.display_id, locale) })}</h1>
      <p>
        <span className={`badge badge-${part.status}`} data-testid="order-status">
          {t(`manage.orders.status.${part.status}`)}
        </span>{" "}
        {t("manage.order.placed", { date: formatDate(part.created_at, locale) })}
      </p>
      <NextStep order={part} />
      <h2>{t("manage.order.items")}</h2>
      <ul className="shop-list" role="list">
        {part.items.map((item) => (
          <li key={item.line_item_id} className="shop-row">
            {item.thumbnail && <img src={item.thumbnail} alt="" width={56} height={56} />}
            <span className="shop-row-text">
              <strong>{item.title}</strong>
              {item.variant_title && <span>{item.variant_title}</span>}
              <span>
                {t("manage.order.line", {
                  quantity: formatNumber(item.quantity, locale),
                  price: money(item.unit_price),
                })}
              </span>
              {item.earning !== undefined && (
                <span>{t("manage.order.earning", { amount: money(item.earning) })}</span>
              )}
              {item.commission ? (
                <small>{t("manage.order.commission", { amount: money(item.commission) })}</small>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      {part.earnings !== undefined && (
        <p data-testid="order-earnings">
          <strong>{t("manage.order.total", { amount: money(part.earnings) })}</strong>
        </p>
      )}
      {address && (
        <>
          <h2>{t("manage.order.shipTo")}</h2>
          <address data-testid="order-address">
            {[address.first_name, address.last_name].filter(Boolean).join(" ")}
            <br />
            {[address.address_1, address.address_2].filter(Boolean).join(", ")}
            <br />
            {[address.postal_code, address.city, address.province].filter(Boolean).join(" ")}
            {address.country_code && ` (${address.country_code.toUpperCase()})`}
            {address.phone && (
              <>
                <br />
                <a href={`tel:${address.phone}`}>
                  {t("manage.order.phone", { phone: address.phone })}
                </a>
              </>
            )}
          </address>
        </>
      )}
    </section>
  )
}

/** The one thing she can do with this part now, or where it stands once it has left her. */
function NextStep({ order }: { order: ProducerOrder }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const move = useMoveShopOrder(order.id)
  const [carrier, setCarrier] = useState("")
  const [tracking, setTracking] = useState("")
  const [errors, setErrors] = useState<{ carrier?: boolean; tracking?: boolean }>({})
  const failure = move.isError && (
    <FormError testId="order-error">
      {describeError(move.error, locale, t("manage.order.failed"))}
    </FormError>
  )

  const stepButton = (action: "prepare" | "deliver", className: string, label: string) => (
    <button
      type="button"
      className={className}
      data-testid={`order-${action}`}
      disabled={move.isPending}
      onClick={() => move.mutate({ action })}
    >
      {label}
    </button>
  )

  switch (order.status) {
    case "new":
      return (
        <div className="status-card">
          {stepButton("prepare", "button", t("manage.order.prepare"))}
          {failure}
        </div>
      )
    case "preparing": {
      const ship = () => {
        const found = {
          carrier: carrier.trim().length < CARRIER_LENGTH.min,
          tracking: tracking.trim().length < TRACKING_LENGTH.min,
        }
        setErrors(found)
        if (!found.carrier && !found.tracking) {
          move.mutate({ action: "ship", carrier: carrier.trim(), tracking_number: tracking.trim() })
        }
      }
      return (
        <form
          className="status-card"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            ship()
          }}
        >
          <h2>{t("manage.order.shipTitle")}</h2>
          <TextField
            name="carrier"
            label={t("manage.order.carrier")}
            value={carrier}
            onChange={setCarrier}
            error={errors.carrier ? t("manage.order.errors.carrier") : undefined}
            maxLength={CARRIER_LENGTH.max}
          />
          <TextField
            name="tracking_number"
            label={t("manage.order.tracking")}
            value={tracking}
            onChange={setTracking}
            error={errors.tracking ? t("manage.order.errors.tracking") : undefined}
            maxLength={TRACKING_LENGTH.max}
            dir="ltr"
          />
          {failure}
          <SubmitButton testId="order-ship" pending={move.isPending}>
            {t("manage.order.ship")}
          </SubmitButton>
        </form>
      )
    }
    case "shipped":
      return (
        <div className="status-card">
          <p data-testid="order-shipment">
            {t("manage.order.shipped", {
              carrier: order.carrier ?? "",
              tracking: order.tracking_number ?? "",
            })}
          </p>
          {stepButton("deliver", "button button-secondary", t("manage.order.deliver"))}
          {failure}
        </div>
      )
    case "delivered":
      return (
        <p className="success" data-testid="order-delivered">
          {t("manage.order.delivered", {
            date: formatDate(order.delivered_at ?? order.created_at, locale),
          })}
        </p>
      )
    case "canceled":
      return <p className="banner banner-warning">{t("manage.order.canceled")}</p>
  }
}
