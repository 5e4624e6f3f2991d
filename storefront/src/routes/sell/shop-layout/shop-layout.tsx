import { Suspense, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, NavLink, Outlet, useNavigate } from "react-router-dom"
import { LanguageSwitcher } from "../../../components/common/language-switcher"
import { LoadingState } from "../../../components/common/page-states"
import { RouteError } from "../../../components/common/route-error"
import { HeaderMenu } from "../../../components/layout/header-menu"
import { useLocale } from "../../../i18n/use-locale"
import { FormError } from "../components/form-feedback"
import { SHOP_SECTIONS } from "../components/shop-nav"
import { useProducerLogout, useProducerShop } from "../use-sell"

/**
 * Her shop's header on every page of her shop manager, instead of the shopper's: her places,
 * her shop as shoppers see it, the language and the way out, in one menu.
 */
export function ShopFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation(["storefront", "common"])
  const { locale, changeLocale } = useLocale()
  const navigate = useNavigate()
  const shop = useProducerShop()
  const logout = useProducerLogout()

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header" data-testid="shop-header">
        <Link to="/sell/shop" className="brand">
          {t("common:appName")} <span className="brand-part">{t("frame.shop.title")}</span>
        </Link>
        <div className="header-controls">
          <HeaderMenu label={t("frame.menu.open")} testId="shop-menu">
            <nav aria-label={t("frame.shop.menu")}>
              <ul className="header-menu-links" role="list">
                {SHOP_SECTIONS.map((section) => (
                  <li key={section.to}>
                    <NavLink
                      to={section.to}
                      end={section.end}
                      data-testid={`shop-menu-${section.name}`}
                    >
                      {t(section.labelKey)}
                    </NavLink>
                  </li>
                ))}
                <li>
                  <NavLink to="/sell/shop/profile" data-testid="shop-menu-profile">
                    {t("manage.nav.profile")}
                  </NavLink>
                </li>
                {shop.data && (
                  <li>
                    <Link to={`/producers/${shop.data.handle}`}>{t("manage.nav.viewShop")}</Link>
                  </li>
                )}
                <li>
                  <Link to="/">{t("frame.shop.market")}</Link>
                </li>
              </ul>
            </nav>
            <LanguageSwitcher locale={locale} onChange={(next) => void changeLocale(next)} />
            <button
              type="button"
              className="button button-secondary"
              data-testid="shop-logout"
              disabled={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/sell/login") })}
            >
              {t("manage.nav.logout")}
            </button>
            {logout.isError && (
              <FormError testId="shop-logout-error">{t("frame.shop.logoutFailed")}</FormError>
            )}
          </HeaderMenu>
        </div>
      </header>
      <main id="main" className="page">
        {children}
      </main>
    </>
  )
}

export function ShopLayout() {
  return (
    <ShopFrame>
      {/* Her header stays while a page's code loads on her first visit to it. */}
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </ShopFrame>
  )
}

/** A page of her shop that failed keeps her shop's header and leads back to her first screen. */
export function ShopLayoutError() {
  const { t } = useTranslation()
  return (
    <ShopFrame>
      <RouteError home="/sell/shop" homeLabel={t("manage.nav.back")} />
    </ShopFrame>
  )
}
