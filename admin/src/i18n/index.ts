import { setupI18n, toLocale } from "@imece/i18n"
import { initReactI18next } from "react-i18next"
import { admin } from "./locales/admin"

/** Where the staff member's language choice is remembered, apart from the storefront's. */
export const LOCALE_STORAGE_KEY = "imece_admin_locale"

export const { i18n, changeLocale } = setupI18n({
  namespace: "admin",
  texts: admin,
  storageKey: LOCALE_STORAGE_KEY,
  plugin: initReactI18next,
})

export { toLocale }
