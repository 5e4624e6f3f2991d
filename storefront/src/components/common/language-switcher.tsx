import { LOCALES, isLocale, type Locale } from "@imece/i18n"
import { useTranslation } from "react-i18next"

interface LanguageSwitcherProps {
  locale: Locale
  onChange: (locale: Locale) => void
}

export function LanguageSwitcher({ locale, onChange }: LanguageSwitcherProps) {
  const { t } = useTranslation("common")
  return (
    <label className="switcher">
      <span className="switcher-label">{t("language")}</span>
      <select
        data-testid="language-switcher"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) {
            onChange(event.target.value)
          }
        }}
      >
        {LOCALES.map((option) => (
          // Each language is named in itself, so a reader finds hers whatever is shown now.
          <option key={option} value={option} lang={option}>
            {t(`languages.${option}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
