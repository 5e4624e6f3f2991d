import { formatNumber } from "@imece/i18n"
import { Suspense, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, Outlet } from "react-router-dom"
import { useLocale } from "../../i18n/use-locale"
import { countPieces, useCart } from "../../routes/cart/use-cart"
import { useRegion } from "../../routes/regions/region-context"
import { CurrencySwitcher } from "../common/currency-switcher"
import { LanguageSwitcher } from "../common/language-switcher"
import { LoadingState } from "../common/page-states"
import { RouteError } from "../common/route-error"
import { HeaderMenu } from "./header-menu"
import { SearchBox } from "./search-box"

/**
 * The shopper's header, her page and the footer. On a phone the header is one row: the name,
 * the search box, her account, her cart and a menu with the rest (selling, language, currency).
 */
export function SiteFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation(["storefront", "common"])
  const { locale, changeLocale } = useLocale()
  const { region, currencies, setCurrency } = useRegion()
  const { data: cart } = useCart()
  const pieces = countPieces(cart)

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header" data-testid="site-header">
        <Link to="/" className="brand">
          {t("common:appName")}
        </Link>
        <SearchBox />
        <div className="header-controls">
          <Link to="/account" className="header-icon" data-testid="nav-account">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" focusable="false">
              <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M4 21a8 8 0 0 1 16 0" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <span className="header-label">{t("account.nav")}</span>
          </Link>
          <Link
            to="/cart"
            className="header-icon cart-link"
            data-testid="nav-cart"
            aria-label={t("shop.cart.navLabel", { quantity: formatNumber(pieces, locale) })}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" focusable="false">
              <path
                d="M5 8h14l-1.2 12H6.2L5 8Zm4 0V6a3 3 0 0 1 6 0v2"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinejoin="round"
              />
            </svg>
            <span className="header-label">{t("shop.cart.nav")}</span>
            {pieces > 0 && (
              <span className="cart-badge" data-testid="cart-count">
                {formatNumber(pieces, locale)}
              </span>
            )}
          </Link>
          <HeaderMenu label={t("frame.menu.open")} testId="header-menu">
            <ul className="header-menu-links" role="list">
              <li>
                <Link to="/sell" data-testid="nav-sell">
                  {t("frame.menu.sellWithUs")}
                </Link>
              </li>
              <li>
                <Link to="/sell/login" data-testid="nav-seller-login">
                  {t("frame.menu.sellerLogin")}
                </Link>
              </li>
              <li>
                <Link to="/orders/find" data-testid="nav-find-order">
                  {t("frame.menu.findOrder")}
                </Link>
              </li>
            </ul>
            <LanguageSwitcher locale={locale} onChange={(next) => void changeLocale(next)} />
            <CurrencySwitcher
              currency={region?.currency_code}
              currencies={currencies}
              onChange={setCurrency}
            />
          </HeaderMenu>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
      <footer className="site-footer">{t("footer")}</footer>
    </>
  )
}

export function Layout() {
  return (
    <SiteFrame>
      {/* Her header stays while a page's code loads on her first visit to it. */}
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </SiteFrame>
  )
}

/** A page that failed keeps the header, so she can still search, switch language or go home. */
export function LayoutError() {
  return (
    <SiteFrame>
      <RouteError home="/" />
    </SiteFrame>
  )
}
