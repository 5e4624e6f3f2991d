import { formatMinorPrice, formatNumber } from "@imece/i18n"
import type { ProducerBalance } from "@imece/types"
import { useTranslation } from "react-i18next"
import { useLocale } from "../../../../i18n/use-locale"

/**
 * Her money in one currency: the balance large, then in plain words what is ready, what is still
 * held after delivery and what is already on its way to her bank.
 */
export function BalanceCard({
  balance,
  holdingDays,
}: {
  balance: ProducerBalance
  /** Days the cooperative holds an earning after delivery, when known. */
  holdingDays: number | null
}) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const money = (amount: number) => formatMinorPrice(amount, balance.currency_code, locale)
  const parts = [
    { key: "payable", label: t("earn.payable"), amount: balance.payable },
    {
      key: "held",
      label: holdingDays
        ? t("earn.heldDays", { days: formatNumber(holdingDays, locale) })
        : t("earn.held"),
      amount: balance.held,
    },
    { key: "on-the-way", label: t("earn.onTheWay"), amount: balance.on_the_way },
  ]
  return (
    <div className="earnings-card" data-testid={`earnings-${balance.currency_code}`}>
      <p className="earnings-label">{t("earn.balance")}</p>
      <p className="earnings-amount" data-testid="earnings-balance">
        {money(balance.balance)}
      </p>
      <dl className="earnings-parts">
        {parts.map((part) => (
          <div key={part.key}>
            <dt>{part.label}</dt>
            <dd data-testid={`earnings-${part.key}`}>{money(part.amount)}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
