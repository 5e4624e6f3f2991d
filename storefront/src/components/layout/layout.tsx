import { formatNumber } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link, Outlet } from "react-router-dom"
import { useLocale } from "../../i18n/use-locale"
import { countPieces, useCart } from "../../routes/cart/use-cart"
import { useRegion } from "../../routes/regions/region-context"
import { CurrencySwitcher } from "../common/currency-switcher"
import { LanguageSwitcher } from "../common/language-switcher"
import { SearchBox } from "./search-box"

export function Layout() {
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
      <header className="site-header">
        <Link to="/" className="brand">
          {t("common:appName")}
        </Link>
        <SearchBox />
        <div className="header-controls">
          <Link to="/sell" className="header-link" data-testid="nav-sell">
            {t("sell.nav")}
          </Link>
          <Link to="/account" className="header-link" data-testid="nav-account">
            {t("account.nav")}
          </Link>
          <Link
            to="/cart"
            className="header-link cart-link"
            data-testid="nav-cart"
            aria-label={t("shop.cart.navLabel", { quantity: formatNumber(pieces, locale) })}
          >
            {t("shop.cart.nav")}
            {pieces > 0 && (
              <span className="cart-badge" data-testid="cart-count">
                {formatNumber(pieces, locale)}
              </span>
            )}
          </Link>
          <CurrencySwitcher
            currency={region?.currency_code}
            currencies={currencies}
            onChange={setCurrency}
          />
          <LanguageSwitcher locale={locale} onChange={(next) => void changeLocale(next)} />
        </div>
      </header>
      <main id="main" className="page">
        <Outlet />
      </main>
      <footer className="site-footer">{t("footer")}</footer>
    </>
  )
}
