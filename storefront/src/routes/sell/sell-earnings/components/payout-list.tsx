import { formatDate, formatMinorPrice } from "@imece/i18n"
import type { ProducerPayoutSummary } from "@imece/types"
import { useTranslation } from "react-i18next"
import { useLocale } from "../../../../i18n/use-locale"

/** The payouts the cooperative made for her, newest first, each with where it stands. */
export function PayoutList({ payouts }: { payouts: ProducerPayoutSummary[] }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  return (
    <ul className="shop-list" role="list" data-testid="earnings-payouts">
      {payouts.map((payout) => (
        <li key={payout.id} className="shop-row" data-testid="earnings-payout">
          <span className="shop-row-text">
            <strong>{formatMinorPrice(payout.amount, payout.currency_code, locale)}</strong>
            {/* The reference is what her bank statement shows: one left-to-right run. */}
            <span className="note">
              <bdi dir="ltr">{payout.reference}</bdi>
            </span>
            <span className={`badge badge-${payout.status}`} data-testid="earnings-payout-status">
              {t(`earn.payoutStatus.${payout.status}`)}
            </span>
            <small className="note">
              {payout.status === "paid"
                ? t("earn.payoutPaid", {
                    date: formatDate(payout.paid_at ?? payout.created_at, locale),
                  })
                : payout.status === "confirmed"
                  ? t("earn.payoutConfirmed")
                  : t("earn.payoutCanceled")}
            </small>
          </span>
        </li>
      ))}
    </ul>
  )
}
