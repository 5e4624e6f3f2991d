import type { Locale } from "@imece/types"
import i18next, { type Module } from "i18next"
import { common } from "./locales/common"
import { applyDocumentLocale, DEFAULT_LOCALE, initialLocale, isLocale, LOCALES } from "./index"

interface SetupOptions<TNamespace extends string> {
  /** The app's own namespace, used by default; `common` is always there too. */
  namespace: TNamespace
  texts: Record<Locale, object>
  /** Where the reader's choice is remembered; each app keeps its own. */
  storageKey: string
  /** react-i18next's plugin, passed in so this package does not depend on React. */
  plugin: Module
}

/**
 * One i18next instance for an app: every language bundled, the first render already translated,
 * and `lang`/`dir` on `<html>` following the language so Persian lays out right to left.
 */
export function setupI18n<TNamespace extends string>({
  namespace,
  texts,
  storageKey,
  plugin,
}: SetupOptions<TNamespace>) {
  const i18n = i18next.createInstance()
  const resources = Object.fromEntries(
    LOCALES.map((locale) => [locale, { common: common[locale], [namespace]: texts[locale] }])
  )

  // Registered before init so the first language sets `lang`, `dir` and the tab title too.
  i18n.on("languageChanged", (language) => {
    if (isLocale(language)) {
      applyDocumentLocale(language)
      document.title = i18n.t("appName", { ns: "common" })
    }
  })

  void i18n.use(plugin).init({
    resources,
    lng: initialLocale(localStorage.getItem(storageKey), navigator.languages),
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: [namespace, "common"],
    defaultNS: namespace,
    // React escapes what it renders; escaping here too would show entities like &amp;.
    interpolation: { escapeValue: false },
    // Every text is bundled, so initialise synchronously: the first render is already translated.
    initImmediate: false,
  })

  return {
    i18n,
    /** Switches the language and remembers it for the next visit. */
    changeLocale: async (locale: Locale) => {
      localStorage.setItem(storageKey, locale)
      await i18n.changeLanguage(locale)
    },
  }
}

/** The language in use, narrowed to one the marketplace speaks. */
export function toLocale(language: string): Locale {
  return isLocale(language) ? language : DEFAULT_LOCALE
}
