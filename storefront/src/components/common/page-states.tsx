import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

export function LoadingState() {
  const { t } = useTranslation("common")
  return (
    <p className="state" role="status">
      {t("loading")}
    </p>
  )
}

export function ErrorState({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation("common")
  return (
    <div className="state" role="alert">
      <p>{t("error")}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("retry")}
      </button>
    </div>
  )
}

export function EmptyState({ message }: { message: string }) {
  return <p className="state">{message}</p>
}

/** What is missing, a way home, and (`children`) any other way to find it. */
export function NotFoundState({ message, children }: { message: string; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className="state">
      <p>{message}</p>
      <Link className="button" to="/">
        {t("backHome")}
      </Link>
      {children}
    </div>
  )
}
