import { useTranslation } from "react-i18next"
import { NavLink } from "react-router-dom"

const SECTIONS = [
  { to: "/sell/shop", end: true, labelKey: "manage.nav.today", testId: "shop-nav-today" },
  {
    to: "/sell/shop/products",
    end: false,
    labelKey: "manage.nav.products",
    testId: "shop-nav-products",
  },
  { to: "/sell/shop/orders", end: false, labelKey: "manage.nav.orders", testId: "shop-nav-orders" },
  { to: "/sell/shop/earnings", end: false, labelKey: "earn.nav", testId: "shop-nav-earnings" },
] as const

/** Her shop manager's places, one tap apart, at the top of every page of it. */
export function ShopNav() {
  const { t } = useTranslation()
  return (
    <nav className="shop-nav" aria-label={t("sell.shop.title")}>
      {SECTIONS.map((section) => (
        <NavLink key={section.to} to={section.to} end={section.end} data-testid={section.testId}>
          {t(section.labelKey)}
        </NavLink>
      ))}
    </nav>
  )
}
