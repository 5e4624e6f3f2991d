import { useTranslation } from "react-i18next"
import { changeLocale, toLocale } from "."

/** The current language and a way to change it, for components that format dates or switch. */
export function useLocale() {
  const { i18n } = useTranslation()
  return { locale: toLocale(i18n.language), changeLocale }
}
