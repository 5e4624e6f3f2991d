import type { AdminPayoutPeriod } from "@imece/client"
import { Input, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

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
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="payout-period-start" size="small" weight="plus">
            {t("payouts.period.start")}
          </Label>
          <Input
            id="payout-period-start"
            type="date"
            size="small"
            value={period.period_start}
            onChange={(event) => onChange({ ...period, period_start: event.target.value })}
            data-testid="payout-period-start"
            className="sm:w-44"
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="payout-period-end" size="small" weight="plus">
            {t("payouts.period.end")}
          </Label>
          <Input
            id="payout-period-end"
            type="date"
            size="small"
            value={period.period_end}
            onChange={(event) => onChange({ ...period, period_end: event.target.value })}
            data-testid="payout-period-end"
            className="sm:w-44"
          />
        </div>
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
