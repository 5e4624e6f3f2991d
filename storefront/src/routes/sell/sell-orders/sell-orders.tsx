import { formatDate, formatNumber, formatPrice } from "@imece/i18n"
import { PRODUCER_ORDER_STATUSES, type ProducerOrder, type ProducerOrderStatus } from "@imece/types"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { EmptyState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { ShopNav } from "../components/shop-nav"
import { TodayIcon } from "../components/today-icon"
import { ShopQueryState } from "../components/shop-query-state"
import { useShopOrders } from "../use-shop-orders"

/** The steps she filters by; a canceled part needs nothing from her. */
const FILTERS = PRODUCER_ORDER_STATUSES.filter((status) => status !== "canceled")

const isStatus = (value: string | null): value is ProducerOrderStatus =>
  (PRODUCER_ORDER_STATUSES as readonly string[]).includes(value ?? "")

/** Her parts of shoppers' orders, newest first, narrowed to one step when she wants. */
export function SellOrders() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const requested = params.get("status")
  const status = isStatus(requested) ? requested : undefined
  const orders = useShopOrders(status)

  return (
    <section className="narrow" data-testid="shop-orders">
      <ShopNav />
      <h1>{t("manage.orders.title")}</h1>
      <div className="chips" role="group" aria-label={t("manage.orders.title")}>
        <button
          type="button"
          className="chip"
          aria-pressed={status === undefined}
          onClick={() => setParams({})}
        >
          {t("manage.orders.all")}
        </button>
        {FILTERS.map((filter) => (
          <button
            key={filter}
            type="button"
            className="chip"
            aria-pressed={status === filter}
            data-testid={`orders-filter-${filter}`}
            onClick={() => setParams({ status: filter })}
          >
            {t(`manage.orders.status.${filter}`)}
          </button>
        ))}
      </div>
      {!orders.isSuccess ? (
        <ShopQueryState query={orders} />
      ) : orders.data.orders.length === 0 ? (
        <EmptyState message={t("manage.orders.empty")} />
      ) : (
        <ul className="shop-list" role="list">
          {orders.data.orders.map((order) => (
            <OrderRow key={order.id} order={order} />
          ))}
        </ul>
      )}
    </section>
  )
}

function OrderRow({ order }: { order: ProducerOrder }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const pieces = order.items.reduce((sum, item) => sum + item.quantity, 0)
  const [cover] = order.items
  return (
    <li>
      <Link className="shop-row" to={`/sell/shop/orders/${order.id}`} data-testid="shop-order">
        {cover?.thumbnail ? (
          <img src={cover.thumbnail} alt="" width={72} height={72} />
        ) : (
          <span className="shop-row-empty">
            <TodayIcon name="parcel" />
          </span>
        )}
        <span className="shop-row-text">
          <strong>
            {t("manage.orders.number", { number: formatNumber(order.display_id, locale) })}
          </strong>
          <span>
            {formatDate(order.created_at, locale)} ·{" "}
            {t("manage.orders.pieces", { quantity: formatNumber(pieces, locale) })}
          </span>
          {order.earnings !== undefined && (
            <span>
              {t("manage.orders.earning", {
                amount: formatPrice(order.earnings, order.currency_code, locale),
              })}
            </span>
          )}
          <span className={`badge badge-${order.status}`} data-testid="shop-order-status">
            {t(`manage.orders.status.${order.status}`)}
          </span>
        </span>
      </Link>
    </li>
  )
}
