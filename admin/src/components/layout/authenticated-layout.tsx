import { useTranslation } from "react-i18next"
import { Navigate, Outlet, useNavigate } from "react-router-dom"
import { useLocale } from "../../i18n/use-locale"
import { isUnauthorized } from "@imece/client"
import { useWaitingApplicationsCount } from "../../routes/applications/use-applications"
import { useLogout, useMe } from "../../routes/auth/use-auth"
import { ErrorState, FullPageSpinner } from "../common/page-states"
import { Shell } from "./shell"

/** The layout route of every signed-in page: it lets only a known staff member through. */
export function AuthenticatedLayout() {
  const { t } = useTranslation(["admin", "common"])
  const navigate = useNavigate()
  const { locale, changeLocale } = useLocale()
  const me = useMe()
  const logout = useLogout()
  // Only once the session is known, so a signed-out visit does not ask for the inbox too.
  const waiting = useWaitingApplicationsCount(me.isSuccess)

  if (me.isPending) {
    return <FullPageSpinner />
  }
  if (me.isError) {
    return isUnauthorized(me.error) ? (
      <Navigate to="/login" replace />
    ) : (
      <ErrorState
        className="min-h-dvh justify-center"
        message={t("shell.sessionFailed")}
        onRetry={() => void me.refetch()}
      />
    )
  }

  return (
    <Shell
      email={me.data.user.email}
      locale={locale}
      onLocaleChange={(next) => void changeLocale(next)}
      onLogout={() =>
        logout.mutate(undefined, {
          onSuccess: () => navigate("/login", { replace: true }),
        })
      }
      isLoggingOut={logout.isPending}
      waitingApplications={waiting.data}
    >
      <Outlet />
    </Shell>
  )
}
