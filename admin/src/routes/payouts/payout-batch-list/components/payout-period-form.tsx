import type { AdminPayoutPeriod } from "@imece/client"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DateField } from "../../../../components/common/date-field"

interface PayoutPeriodFormProps {
  period: AdminPayoutPeriod
  onChange: (period: AdminPayoutPeriod) => void
  /** The first day is after the last one: nothing is asked until she fixes it. */
  startAfterEnd: boolean
}

/** The two days of the period, whole days as the API takes them. */
export function PayoutPeriodForm({ period, onChange, startAfterEnd }: PayoutPeriodFormProps) {
  const { t } = useTranslation(["admin", "common"])
  return (
    <fieldset className="flex flex-col gap-y-2">
      <legend className="sr-only">{t("payouts.period.title")}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <DateField
          id="payout-period-start"
          label={t("payouts.period.start")}
          labelWeight="plus"
          value={period.period_start}
          onChange={(period_start) => onChange({ ...period, period_start })}
          testId="payout-period-start"
          className="sm:w-44"
        />
        <DateField
          id="payout-period-end"
          label={t("payouts.period.end")}
          labelWeight="plus"
          value={period.period_end}
          onChange={(period_end) => onChange({ ...period, period_end })}
          testId="payout-period-end"
          className="sm:w-44"
        />
      </div>
      {startAfterEnd ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {t("payouts.period.startAfterEnd")}
        </Text>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("payouts.period.hint")}
        </Text>
      )}
    </fieldset>
  )
}
