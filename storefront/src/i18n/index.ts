import { setupI18n, toLocale } from "@imece/i18n"
import { initReactI18next } from "react-i18next"
import { storefront } from "./locales/storefront"

/** Where the shopper's language choice is remembered. */
export const LOCALE_STORAGE_KEY = "imece_locale"

export const { i18n, changeLocale } = setupI18n({
  namespace: "storefront",
  texts: storefront,
  storageKey: LOCALE_STORAGE_KEY,
  plugin: initReactI18next,
})

export { toLocale }
