import type { Locale } from "@imece/i18n"
import { earnings } from "./earnings"
import { sell } from "./sell"
import { sellTerms } from "./sell-terms"
import { shopManager } from "./shop-manager"

/**
 * The texts only pages under /sell read (applying, her login, her shop, her earnings, the
 * terms): loaded with those pages, so that a shopper's first page does not carry them.
 */
function shopTexts(locale: Locale) {
  return {
    sell: sell[locale],
    manage: shopManager[locale],
    earn: earnings[locale],
    terms: sellTerms[locale],
  }
}

export type ShopTranslations = ReturnType<typeof shopTexts>

export const shop: Record<Locale, ShopTranslations> = {
  tr: shopTexts("tr"),
  fa: shopTexts("fa"),
  en: shopTexts("en"),
}
