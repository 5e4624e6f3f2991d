import { useTranslation } from "react-i18next"
import { Navigate, useNavigate } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { FormError } from "../../sell/components/form-feedback"
import { useRegion } from "../../regions/region-context"
import { countryName } from "../address-draft"
import { ACCOUNT_PATH, withNext } from "../next-path"
import {
  useAddAddress,
  useCustomer,
  useLogout,
  useMyOrders,
  useRemoveAddress,
} from "../use-account"
import { AddressBook } from "./components/address-book"
import { OrderHistory } from "./components/order-history"

/** Her account: who she is, her orders and where each stands, her addresses, and a way out. */
export function AccountOverview() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const { region } = useRegion()
  const customer = useCustomer()
  const orders = useMyOrders({ enabled: Boolean(customer.data) })
  const addAddress = useAddAddress()
  const removeAddress = useRemoveAddress()
  const logout = useLogout()

  if (customer.isError) {
    return <ErrorState onRetry={() => void customer.refetch()} />
  }
  if (customer.data === undefined) {
    return <LoadingState />
  }
  if (customer.data === null) {
    // Right after logging out she is on her way home, not to the login page.
    return logout.isIdle ? (
      <Navigate to={withNext("/account/login", ACCOUNT_PATH)} replace />
    ) : (
      <LoadingState />
    )
  }

  const me = customer.data
  const name = [me.first_name, me.last_name].filter(Boolean).join(" ")
  const countries = (region?.countries ?? [])
    .flatMap((country) =>
      country.iso_2
        ? [{ code: country.iso_2, name: countryName(country.iso_2, locale, country.display_name) }]
        : []
    )
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  const orderList = orders.data?.pages.flatMap((page) => page.orders) ?? []

  return (
    <section className="account-page">
      <h1>{t("account.title")}</h1>
      <div className="account-card">
        <div className="account-who">
          {name && <strong data-testid="account-name">{name}</strong>}
          <span className="card-meta" data-testid="account-email">
            {me.email}
          </span>
        </div>
        <button
          type="button"
          className="button button-secondary"
          data-testid="logout"
          disabled={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSuccess: () => navigate("/") })}
        >
          {logout.isPending ? t("account.overview.loggingOut") : t("account.overview.logout")}
        </button>
      </div>
      {logout.isError && (
        <FormError testId="logout-error">{t("account.overview.logoutFailed")}</FormError>
      )}

      <h2>{t("account.orders.title")}</h2>
      {orders.isError && !orders.data ? (
        <ErrorState onRetry={() => void orders.refetch()} />
      ) : !orders.data ? (
        <LoadingState />
      ) : (
        <OrderHistory
          orders={orderList}
          locale={locale}
          hasMore={orders.hasNextPage}
          loadingMore={orders.isFetchingNextPage}
          moreFailed={orders.isFetchNextPageError}
          onMore={() => void orders.fetchNextPage()}
        />
      )}

      <h2>{t("account.addresses.title")}</h2>
      <AddressBook
        addresses={me.addresses ?? []}
        countries={countries}
        locale={locale}
        adding={{
          pending: addAddress.isPending,
          failed: addAddress.isError,
          reset: addAddress.reset,
        }}
        onAdd={(address, done) => addAddress.mutate(address, { onSuccess: done })}
        removingId={removeAddress.isPending ? (removeAddress.variables ?? null) : null}
        removeFailed={removeAddress.isError}
        onRemove={(id) => removeAddress.mutate(id)}
      />
    </section>
  )
}
