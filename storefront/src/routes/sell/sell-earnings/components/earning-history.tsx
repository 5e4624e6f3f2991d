import { formatDate, formatMinorPrice, formatNumber, type Locale } from "@imece/i18n"
import type { TFunction } from "i18next"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useLocale } from "../../../../i18n/use-locale"
import type { EarningLine } from "../earning-lines"

/** Keeps a reference such as IMECE-20261129-1 in one left-to-right run inside Persian text. */
const isolate = (text: string) => `\u2068${text}\u2069`

function sentence(line: EarningLine, t: TFunction, locale: Locale): string {
  const amount = formatMinorPrice(Math.abs(line.amount), line.currency_code, locale)
  if (line.kind === "payout") {
    return line.reference
      ? t("earn.payout", { reference: isolate(line.reference), amount })
      : t("earn.payoutNoReference", { amount })
  }
  const number = line.display_id === null ? null : formatNumber(line.display_id, locale)
  if (line.kind === "reversal") {
    return number === null
      ? t("earn.reversalNoNumber", { amount })
      : t("earn.reversal", { number, amount })
  }
  const commission = formatMinorPrice(line.commission, line.currency_code, locale)
  return number === null
    ? t("earn.earningNoNumber", { amount, commission })
    : t("earn.earning", { number, amount, commission })
}

/** Her ledger in sentences, newest first; a line from an order opens that order. */
export function EarningHistory({ lines, now }: { lines: EarningLine[]; now: Date }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  return (
    <ul className="shop-list" role="list" data-testid="earnings-history">
      {lines.map((line) => {
        const body = (
          <span className="shop-row-text">
            <span>{sentence(line, t, locale)}</span>
            <small className="note">{formatDate(line.created_at, locale)}</small>
            {line.kind === "earning" && line.unsettled && Date.parse(line.available_at) > +now && (
              <small className="note" data-testid="earnings-ready-from">
                {t("earn.readyFrom", { date: formatDate(line.available_at, locale) })}
              </small>
            )}
          </span>
        )
        return (
          <li key={line.id} data-testid="earnings-line" data-kind={line.kind}>
            {line.kind !== "payout" && line.producer_order_id ? (
              <Link
                className={`shop-row earnings-line earnings-${line.kind}`}
                to={`/sell/shop/orders/${line.producer_order_id}`}
              >
                {body}
              </Link>
            ) : (
              <div className={`shop-row earnings-line earnings-${line.kind}`}>{body}</div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
