import { isUnauthorized } from "@imece/client"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useNavigate } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useProducerLogout, useProducerShop } from "../use-sell"

/** Her shop manager. The next issue fills it with products, orders and earnings. */
export function SellShop() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const shop = useProducerShop()
  const logout = useProducerLogout()

  if (shop.isPending) {
    return <LoadingState />
  }
  if (shop.isError) {
    return isUnauthorized(shop.error) ? (
      <Navigate to="/sell/login" replace />
    ) : (
      <ErrorState onRetry={() => void shop.refetch()} />
    )
  }
  return (
    <section className="narrow" data-testid="shop-manager">
      <p className="eyebrow">{t("sell.shop.title")}</p>
      <h1 data-testid="shop-owner-name">{t("sell.shop.hello", { name: shop.data.name })}</h1>
      <p>{t("sell.shop.lead")}</p>
      <div className="form-actions">
        <Link className="button" to="/sell/shop/profile" data-testid="edit-shop-profile">
          {t("sell.profile.title")}
        </Link>
        <Link className="button button-secondary" to={`/producers/${shop.data.handle}`}>
          {t("sell.shop.viewShop")}
        </Link>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/sell/login") })}
        >
          {t("sell.shop.logout")}
        </button>
      </div>
    </section>
  )
}
