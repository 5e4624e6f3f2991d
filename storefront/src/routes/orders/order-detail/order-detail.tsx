import { isNotFound } from "@imece/client"
import type { StoreProducer } from "@imece/types"
import { formatDate, formatNumber, formatPrice } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link, useLocation, useParams, useSearchParams } from "react-router-dom"
import { CartSummary } from "../../../components/cart/cart-summary"
import { ErrorState, LoadingState, NotFoundState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { useProductMakers } from "../../products/use-products"
import { paymentOf } from "../order-payment"
import { useOrder } from "../use-orders"
import { BankTransferBox } from "./components/bank-transfer-box"
import { ProducerPartCard } from "./components/producer-part-card"

/** Her order: the confirmation right after placing it, and later where each parcel stands. */
export function OrderDetail() {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const { locale } = useLocale()
  const placed = (useLocation().state as { placed?: boolean } | null)?.placed === true
  const order = useOrder(id, useSearchParams()[0].get("key") ?? undefined)
  const makers = useProductMakers((order.data?.items ?? []).map((item) => item.product_id ?? ""))

  if (order.isError) {
    return isNotFound(order.error) ? (
      <NotFoundState message={t("shop.order.notFound")}>
        <p className="account-switch">
          <Link to="/orders/find" data-testid="order-lookup-link">
            {t("account.lookup.findByNumber")}
          </Link>
        </p>
      </NotFoundState>
    ) : (
      <ErrorState onRetry={() => void order.refetch()} />
    )
  }
  if (!order.data) {
    return <LoadingState />
  }

  const data = order.data
  const payment = paymentOf(data)
  const cardAuthorized = !payment.paid && payment.authorized && payment.method === "card"
  const producerOfProduct = new Map<string, StoreProducer | null>(
    (makers.data ?? []).map((product) => [product.id, product.producer ?? null])
  )
  const producerNames = new Map(
    [...producerOfProduct.values()].flatMap((producer) =>
      producer ? [[producer.id, producer.name] as const] : []
    )
  )
  const parts = data.producer_orders ?? []
  const itemsOf = (lineIds: string[]) =>
    (data.items ?? []).filter((item) => lineIds.includes(item.id))
  const inParts = new Set(parts.flatMap((part) => (part.items ?? []).map((i) => i.line_item_id)))
  const loose = (data.items ?? []).filter((item) => !inParts.has(item.id))
  const total = formatPrice(Number(data.total), data.currency_code, locale)

  return (
    <section className="order-page">
      {placed && (
        <p className="order-thanks" role="status" data-testid="order-placed">
          {t("shop.order.thanks")}
        </p>
      )}
      <h1 data-testid="order-number">
        {t("shop.order.title", { number: formatNumber(data.display_id ?? 0, locale) })}
      </h1>
      <p className="card-meta">
        {t("shop.order.placedOn", { date: formatDate(data.created_at, locale) })}
      </p>
      {placed && data.email && <p>{t("shop.order.receipt", { email: data.email })}</p>}

      <p
        className={`badge ${payment.paid || cardAuthorized ? "badge-delivered" : "badge-new"}`}
        data-testid="order-payment-status"
      >
        {payment.paid
          ? t("shop.order.paid")
          : cardAuthorized
            ? t("shop.order.cardAuthorized")
            : t("shop.order.awaitingPayment")}
      </p>
      {cardAuthorized && <p className="note">{t("shop.order.cardAuthorizedNote")}</p>}
      {!payment.paid && payment.bankTransfer && (
        <BankTransferBox details={payment.bankTransfer} amount={total} />
      )}
      {!payment.paid && payment.method === "cash-on-delivery" && (
        <p className="note">{t("shop.order.cashOnDelivery")}</p>
      )}

      <h2>{t("shop.order.parts")}</h2>
      {parts.map((part) => (
        <ProducerPartCard
          key={part.id}
          part={part}
          producerName={producerNames.get(part.producer_id) ?? null}
          items={itemsOf((part.items ?? []).map((item) => item.line_item_id))}
          locale={locale}
        />
      ))}
      {loose.length > 0 && (
        <ProducerPartCard part={null} producerName={null} items={loose} locale={locale} />
      )}

      <CartSummary
        currencyCode={data.currency_code}
        itemTotal={Number(data.item_total)}
        shipping={Number(data.shipping_total)}
        locale={locale}
      >
        <Link className="button button-secondary" to="/">
          {t("shop.order.keepShopping")}
        </Link>
      </CartSummary>
    </section>
  )
}
