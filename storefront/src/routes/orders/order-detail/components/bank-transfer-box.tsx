import { useTranslation } from "react-i18next"
import type { BankTransferDetails } from "../../order-payment"

/** Where and how to send the money: she copies these into her bank's app. */
export function BankTransferBox({
  details,
  amount,
}: {
  details: BankTransferDetails
  amount: string
}) {
  const { t } = useTranslation()
  const rows = [
    [t("shop.order.iban"), details.iban, "bank-iban"],
    [t("shop.order.accountHolder"), details.account_holder, "bank-holder"],
    ...(details.bank_name ? [[t("shop.order.bank"), details.bank_name, "bank-name"]] : []),
    [t("shop.order.reference"), details.reference, "bank-reference"],
    [t("shop.order.amount"), amount, "bank-amount"],
  ]
  return (
    <section className="bank-transfer" aria-labelledby="bank-transfer-title">
      <h2 id="bank-transfer-title">{t("shop.order.bankTitle")}</h2>
      <p>{t("shop.order.bankLead")}</p>
      <dl className="review">
        {rows.map(([label, value, testId]) => (
          <div key={testId}>
            <dt>{label}</dt>
            {/* IBANs and references read left to right in every language. */}
            <dd dir="ltr" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
