import type { ProducerDashboard } from "@imece/types"
import { formatNumber } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { useLocale } from "../../../i18n/use-locale"
import { ShopNav } from "../components/shop-nav"
import { TodayIcon } from "../components/today-icon"
import { ShopQueryState } from "../components/shop-query-state"
import { useShopDashboard } from "../use-shop-orders"
import { useProducerLogout, useProducerShop } from "../use-sell"

/** Her shop manager's first screen: what to do today, then the way to everything else. */
export function SellShop() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const shop = useProducerShop()
  const dashboard = useShopDashboard()
  const logout = useProducerLogout()

  if (!shop.isSuccess) {
    return <ShopQueryState query={shop} />
  }
  return (
    <section className="narrow" data-testid="shop-manager">
      <ShopNav />
      <p className="eyebrow">{t("sell.shop.title")}</p>
      <h1 data-testid="shop-owner-name">{t("sell.shop.hello", { name: shop.data.name })}</h1>
      <h2>{t("manage.today.title")}</h2>
      {dashboard.isSuccess ? (
        <Today dashboard={dashboard.data} />
      ) : (
        <ShopQueryState query={dashboard} />
      )}
      <div className="form-actions">
        <Link className="button" to="/sell/shop/products/new" data-testid="add-product">
          {t("manage.products.add")}
        </Link>
        <Link
          className="button button-secondary"
          to="/sell/shop/profile"
          data-testid="edit-shop-profile"
        >
          {t("manage.nav.profile")}
        </Link>
        <Link className="button button-secondary" to={`/producers/${shop.data.handle}`}>
          {t("manage.nav.viewShop")}
        </Link>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/sell/login") })}
        >
          {t("manage.nav.logout")}
        </button>
      </div>
    </section>
  )
}

function Today({ dashboard }: { dashboard: ProducerDashboard }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const nothing =
    dashboard.new_orders === 0 && dashboard.orders_to_ship === 0 && !dashboard.low_stock.length
  return (
    <div className="today" data-testid="today">
      <Link className="today-card" to="/sell/shop/orders?status=new" data-testid="today-new-orders">
        <TodayIcon name="order" />
        <strong className="today-count">{formatNumber(dashboard.new_orders, locale)}</strong>
        <span>{t("manage.today.newOrders")}</span>
        <small>{t("manage.today.newOrdersHint")}</small>
      </Link>
      <Link
        className="today-card"
        to="/sell/shop/orders?status=preparing"
        data-testid="today-to-ship"
      >
        <TodayIcon name="parcel" />
        <strong className="today-count">{formatNumber(dashboard.orders_to_ship, locale)}</strong>
        <span>{t("manage.today.toShip")}</span>
        <small>{t("manage.today.toShipHint")}</small>
      </Link>
      {dashboard.low_stock.length > 0 && (
        <div className="today-card today-wide" data-testid="today-low-stock">
          <TodayIcon name="low" />
          <span>{t("manage.today.lowStock")}</span>
          <ul>
            {dashboard.low_stock.map((item) => (
              <li key={item.variant_id}>
                <Link to={`/sell/shop/products/${item.product_id}`}>
                  {t("manage.today.lowStockItem", {
                    title: item.title,
                    quantity: formatNumber(item.available, locale),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {nothing && <p className="note today-wide">{t("manage.today.nothing")}</p>}
    </div>
  )
}
