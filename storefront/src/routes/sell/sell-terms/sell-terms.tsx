import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

const SALE_POINTS = ["shop", "commission", "payouts", "returns", "orders"] as const
const DATA_POINTS = ["kept", "why", "who", "howLong", "rights"] as const

/**
 * What an applicant accepts before she applies: the selling terms and what the cooperative does
 * with her data. It opens beside her application, whose draft stays on her device meanwhile.
 */
export function SellTerms() {
  const { t } = useTranslation()
  return (
    <article className="narrow terms" data-testid="sell-terms">
      <h1>{t("terms.title")}</h1>
      <p>{t("terms.lead")}</p>
      <section aria-labelledby="terms-sale">
        <h2 id="terms-sale">{t("terms.saleTitle")}</h2>
        {SALE_POINTS.map((point) => (
          <div key={point}>
            <h3>{t(`terms.sale.${point}.title`)}</h3>
            <p>{t(`terms.sale.${point}.text`)}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="terms-data">
        <h2 id="terms-data">{t("terms.dataTitle")}</h2>
        <p>{t("terms.dataLead")}</p>
        {DATA_POINTS.map((point) => (
          <div key={point}>
            <h3>{t(`terms.data.${point}.title`)}</h3>
            <p>{t(`terms.data.${point}.text`)}</p>
          </div>
        ))}
      </section>
      <p>
        <Link className="button button-secondary" to="/sell">
          {t("terms.backToForm")}
        </Link>
      </p>
    </article>
  )
}
