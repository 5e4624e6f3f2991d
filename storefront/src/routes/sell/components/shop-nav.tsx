import { useTranslation } from "react-i18next"
import { NavLink } from "react-router-dom"

/** Her shop manager's main places: the tabs of its main pages, and the shop header's menu. */
export const SHOP_SECTIONS = [
  { name: "today", to: "/sell/shop", end: true, labelKey: "manage.nav.today" },
  { name: "products", to: "/sell/shop/products", end: false, labelKey: "manage.nav.products" },
  { name: "orders", to: "/sell/shop/orders", end: false, labelKey: "manage.nav.orders" },
  { name: "earnings", to: "/sell/shop/earnings", end: false, labelKey: "earn.nav" },
] as const

/** Her shop manager's places, one tap apart, at the top of every page of it. */
export function ShopNav() {
  const { t } = useTranslation()
  return (
    <nav className="shop-nav" aria-label={t("sell.shop.title")}>
      {SHOP_SECTIONS.map((section) => (
        <NavLink
          key={section.to}
          to={section.to}
          end={section.end}
          data-testid={`shop-nav-${section.name}`}
        >
          {t(section.labelKey)}
        </NavLink>
      ))}
    </nav>
  )
}
