import { Button, Text, clx } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { DateField } from "../../../../components/common/date-field"
import {
  IMPACT_PRESETS,
  periodProblem,
  type ImpactPeriod,
  type ImpactPreset,
} from "../../impact-period"

interface PeriodPickerProps {
  /** The preset on show, or "custom" for days chosen by hand. */
  selected: ImpactPreset | "custom"
  period: ImpactPeriod
  onPreset: (preset: ImpactPreset) => void
  onCustom: (period: ImpactPeriod) => void
}

/**
 * The period of the report: a preset in one tap, or two days chosen by hand. The buttons wrap on
 * a phone; the chosen days are checked here as the API would, so a mistake is named at once.
 */
export function PeriodPicker({ selected, period, onPreset, onCustom }: PeriodPickerProps) {
  const { t } = useTranslation(["admin", "common"])
  const [choosing, setChoosing] = useState(selected === "custom")
  const [from, setFrom] = useState(period.from)
  const [to, setTo] = useState(period.to)
  const [problem, setProblem] = useState<ReturnType<typeof periodProblem>>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = periodProblem(from, to)
    setProblem(found)
    if (!found) {
      onCustom({ from, to })
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div role="group" aria-label={t("impact.period.label")} className="flex flex-wrap gap-2">
        {IMPACT_PRESETS.map((preset) => (
          <Button
            key={preset}
            size="small"
            variant={selected === preset && !choosing ? "primary" : "secondary"}
            aria-pressed={selected === preset && !choosing}
            data-testid={`impact-preset-${preset}`}
            onClick={() => {
              setChoosing(false)
              setProblem(null)
              onPreset(preset)
            }}
          >
            {t(`impact.period.presets.${preset}`)}
          </Button>
        ))}
        <Button
          size="small"
          variant={choosing ? "primary" : "secondary"}
          aria-pressed={choosing}
          aria-expanded={choosing}
          data-testid="impact-preset-custom"
          onClick={() => {
            setFrom(period.from)
            setTo(period.to)
            setChoosing(true)
          }}
        >
          {t("impact.period.presets.custom")}
        </Button>
      </div>

      {choosing && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" noValidate>
          <DateField
            id="impact-from"
            label={t("impact.period.from")}
            value={from}
            max={to}
            onChange={setFrom}
            invalid={problem !== null}
          />
          <DateField
            id="impact-to"
            label={t("impact.period.to")}
            value={to}
            min={from}
            onChange={setTo}
            invalid={problem !== null}
          />
          <Button type="submit" size="small" variant="secondary" data-testid="impact-apply-period">
            {t("impact.period.apply")}
          </Button>
          {problem && (
            <Text
              size="small"
              role="alert"
              className={clx("text-ui-fg-error basis-full")}
              data-testid="impact-period-problem"
            >
              {t(`impact.period.${problem}`)}
            </Text>
          )}
        </form>
      )}
    </div>
  )
}
