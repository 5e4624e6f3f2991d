import { LOCALES, isLocale, type Locale } from "@imece/i18n"
import { clx } from "@medusajs/ui"
import { useId } from "react"
import { useTranslation } from "react-i18next"

interface LanguageSwitcherProps {
  locale: Locale
  onChange: (locale: Locale) => void
  className?: string
}

/**
 * A native select: it works the same with a keyboard, a screen reader and on a phone, and
 * end-to-end tests can drive it directly.
 */
export function LanguageSwitcher({ locale, onChange, className }: LanguageSwitcherProps) {
  const { t } = useTranslation(["admin", "common"])
  const id = useId()
  return (
    <div className={clx("flex items-center gap-x-2", className)}>
      <label htmlFor={id} className="sr-only">
        {t("common:language")}
      </label>
      <select
        id={id}
        data-testid="language-switcher"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) {
            onChange(event.target.value)
          }
        }}
        className="bg-ui-bg-field text-ui-fg-base txt-compact-small shadow-borders-base hover:bg-ui-bg-field-hover focus-visible:shadow-borders-interactive-with-active h-7 rounded-md px-2 outline-none"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`common:languages.${option}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
