import { useTranslation } from "react-i18next"
import { Link, Outlet } from "react-router-dom"
import { useLocale } from "../../i18n/use-locale"
import { useRegion } from "../../routes/regions/region-context"
import { CurrencySwitcher } from "../common/currency-switcher"
import { LanguageSwitcher } from "../common/language-switcher"

export function Layout() {
  const { t } = useTranslation(["storefront", "common"])
  const { locale, changeLocale } = useLocale()
  const { region, currencies, setCurrency } = useRegion()

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t("common:appName")}
        </Link>
        <div className="header-controls">
          <Link to="/sell" className="header-link" data-testid="nav-sell">
            {t("sell.nav")}
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
