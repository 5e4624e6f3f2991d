import { LOCALES, setupI18n, toLocale } from "@imece/i18n"
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

let shopTexts: Promise<void> | undefined

/**
 * Adds the texts of the pages under /sell, in every language, to the storefront's own: the
 * pages load them before they render, and a shopper who never opens them never downloads them.
 */
export function loadShopTexts(): Promise<void> {
  shopTexts ??= import("./locales/shop").then(({ shop }) => {
    for (const locale of LOCALES) {
      i18n.addResourceBundle(locale, "storefront", shop[locale], true, false)
    }
  })
  return shopTexts
}

export { toLocale }
