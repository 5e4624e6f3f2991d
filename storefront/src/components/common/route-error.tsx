import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

interface RouteErrorProps {
  /** Where "home" is from here: the shop's front page, or her shop's first screen. */
  home: string
  homeLabel?: string
}

/**
 * What she sees when a page fails to show (React Router's error element): in her language, with
 * a retry and a way home; React has already reported the error itself to the console. Leaving
 * the page clears it.
 */
export function RouteError({ home, homeLabel }: RouteErrorProps) {
  const { t } = useTranslation()
  return (
    <section className="state page-failed" aria-labelledby="page-failed-title">
      <h1 id="page-failed-title" data-testid="page-failed">
        {t("frame.failed.title")}
      </h1>
      <p>{t("frame.failed.lead")}</p>
      <p className="state-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("frame.failed.retry")}
        </button>
        <Link className="button button-secondary" to={home}>
          {homeLabel ?? t("backHome")}
        </Link>
      </p>
    </section>
  )
}
