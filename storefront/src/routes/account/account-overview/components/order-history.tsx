import type { StoreOrderWithParts } from "@imece/client"
import { formatDate, formatNumber, formatPrice, type Locale } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { FormError } from "../../../sell/components/form-feedback"
import { orderProgress, type OrderProgress } from "../../order-progress"

const BADGES: Record<OrderProgress, string> = {
  received: "badge-new",
  preparing: "badge-new",
  partlyShipped: "",
  shipped: "",
  delivered: "badge-delivered",
  canceled: "badge-canceled",
}

interface OrderHistoryProps {
  /** Newest first. */
  orders: StoreOrderWithParts[]
  locale: Locale
  hasMore: boolean
  loadingMore: boolean
  moreFailed: boolean
  onMore: () => void
}

/** Her orders, newest first, each leading to where every producer's parcel stands. */
export function OrderHistory({
  orders,
  locale,
  hasMore,
  loadingMore,
  moreFailed,
  onMore,
}: OrderHistoryProps) {
  const { t } = useTranslation()
  if (orders.length === 0) {
    return (
      <div className="state" data-testid="orders-empty">
        <p>{t("account.orders.empty")}</p>
        <Link className="button button-secondary" to="/">
          {t("account.orders.browse")}
        </Link>
      </div>
    )
  }
  return (
    <>
      <ul className="account-list" data-testid="order-list">
        {orders.map((order) => {
          const progress = orderProgress(order)
          return (
            <li key={order.id}>
              <Link to={`/orders/${order.id}`} className="account-order" data-testid="order-row">
                <span className="account-order-number">
                  {t("account.orders.number", {
                    number: formatNumber(order.display_id ?? 0, locale),
                  })}
                </span>
                <span className="account-order-total">
                  {formatPrice(Number(order.total), order.currency_code, locale)}
                </span>
                <time className="card-meta" dateTime={new Date(order.created_at).toISOString()}>
                  {formatDate(order.created_at, locale)}
                </time>
                <span className={`badge ${BADGES[progress]}`} data-testid="order-status">
                  {t(`account.orders.status.${progress}`)}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
      {moreFailed && (
        <FormError testId="more-orders-error">{t("account.orders.moreFailed")}</FormError>
      )}
      {hasMore && (
        <button
          type="button"
          className="button button-secondary account-more"
          data-testid="more-orders"
          disabled={loadingMore}
          onClick={onMore}
        >
          {loadingMore ? t("account.orders.loadingMore") : t("account.orders.more")}
        </button>
      )}
    </>
  )
}
