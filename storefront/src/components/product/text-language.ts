import type { Locale } from "@imece/i18n"

const PERSIAN_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/
const LATIN_LETTER = /[a-z\u00c0-\u024f]/i

/**
 * The language a producer's words are in, for their `lang`: the store answers in the page's
 * language where they were translated and in hers where not. Producers write in Turkish or
 * Persian (English exists only as a translation), so words in the other script than the page's
 * are hers: Persian script is Persian, Latin letters on a Persian page are Turkish. Marked, a
 * Turkish title keeps its full stop at its end inside a right-to-left page.
 */
export function languageOfWords(text: string, pageLocale: Locale): Locale {
  const persian = PERSIAN_SCRIPT.test(text)
  const latin = LATIN_LETTER.test(text)
  if (pageLocale === "fa") {
    return latin && !persian ? "tr" : "fa"
  }
  return persian && !latin ? "fa" : pageLocale
}

/** `lang` and `dir="auto"` for a producer's words shown inside a page in `pageLocale`. */
export const wordsAttributes = (text: string, pageLocale: Locale) =>
  ({ lang: languageOfWords(text, pageLocale), dir: "auto" }) as const
