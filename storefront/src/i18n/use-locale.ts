import { useTranslation } from "react-i18next"
import { changeLocale, toLocale } from "."

/** The current language and a way to change it. */
export function useLocale() {
  const { i18n } = useTranslation()
  return { locale: toLocale(i18n.language), changeLocale }
}
