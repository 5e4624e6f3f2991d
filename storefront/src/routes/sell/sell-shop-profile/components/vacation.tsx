import { formatDate } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { useLocale } from "../../../../i18n/use-locale"
import { TextField } from "../../components/text-field"
import { toDateInput, type ShopProfileSectionProps } from "../shop-profile"

interface VacationProps extends ShopProfileSectionProps {
  /** Her vacation as saved, not as being edited. */
  saved: { from: string | null; until: string | null }
  onEnd: () => void
  ending: boolean
}

/** A calendar day as the same day wherever the phone is, not shifted by its time zone. */
function calendarDay(value: string): Date {
  const [year, month, day] = toDateInput(value).split("-").map(Number)
  return new Date(year, month - 1, day)
}

/** When her shop is closed, and a way to open it again at once. */
export function Vacation({ values, errors, onChange, saved, onEnd, ending }: VacationProps) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const closed = saved.until
    ? t("sell.profile.vacation.closedUntil", {
        date: formatDate(calendarDay(saved.until), locale),
      })
    : saved.from
      ? t("sell.profile.vacation.closedFrom", { date: formatDate(calendarDay(saved.from), locale) })
      : null
  return (
    <section className="form-section" aria-labelledby="profile-vacation">
      <h2 id="profile-vacation">{t("sell.profile.vacation.title")}</h2>
      <p className="field-hint">{t("sell.profile.vacation.lead")}</p>
      {closed && (
        <div className="banner" data-testid="vacation-closed">
          <p>{closed}</p>
          <button
            type="button"
            className="button"
            data-testid="end-vacation"
            disabled={ending}
            onClick={onEnd}
          >
            {t("sell.profile.vacation.end")}
          </button>
        </div>
      )}
      <TextField
        name="vacation_from"
        type="date"
        label={t("sell.profile.vacation.from")}
        value={values.vacation_from}
        onChange={(vacation_from) => onChange({ vacation_from })}
      />
      <TextField
        name="vacation_until"
        type="date"
        label={t("sell.profile.vacation.until")}
        min={values.vacation_from || undefined}
        value={values.vacation_until}
        onChange={(vacation_until) => onChange({ vacation_until })}
        error={errors.vacation_until && t(`sell.profile.errors.${errors.vacation_until}`)}
      />
    </section>
  )
}
