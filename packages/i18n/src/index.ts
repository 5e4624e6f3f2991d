import { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText } from "@imece/types"
import { common } from "./locales/common"

export { common }
export { DEFAULT_LOCALE, LOCALES, type Locale }

const RTL_LOCALES: ReadonlySet<Locale> = new Set(["fa"])

/** The BCP 47 tag used to format numbers, prices and dates; Persian uses Persian digits. */
const FORMAT_TAGS: Record<Locale, string> = {
  tr: "tr-TR",
  fa: "fa-IR",
  en: "en-GB",
}

/**
 * The language tag of a locale ("fa" → "fa-IR"): numbers and dates are formatted with it, and
 * the store answers products' words in it (`?locale=`), as producers' translations are kept.
 */
export const localeTag = (locale: Locale): string => FORMAT_TAGS[locale]

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return RTL_LOCALES.has(locale) ? "rtl" : "ltr"
}

/** Sets `lang` and `dir` on `<html>` so the whole layout mirrors for right-to-left languages. */
export function applyDocumentLocale(locale: Locale, doc: Document = document) {
  doc.documentElement.lang = locale
  doc.documentElement.dir = directionOf(locale)
}

/**
 * Picks the text in the reader's language, falling back to Turkish, then English, then
 * whatever the producer wrote.
 */
export function localized(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) {
    return ""
  }
  return (
    text[locale] ??
    text[DEFAULT_LOCALE] ??
    text.en ??
    Object.values(text).find((value): value is string => Boolean(value)) ??
    ""
  )
}

/** Medusa v2 keeps amounts in the currency's main unit (e.g. 450 TRY), not in minor units. */
export function formatPrice(amount: number, currencyCode: string, locale: Locale): string {
  return new Intl.NumberFormat(FORMAT_TAGS[locale], {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(amount)
}

/**
 * Digits after the point of the minor unit the cooperative keeps money in (the producers' ledger,
 * payouts): two (kuruş, cent) unless named here; a rial has none in use. As backend
 * `modules/producer-ledger/ledger-math.ts` counts them.
 */
const MINOR_DIGITS: Record<string, number> = { irr: 0 }

export function minorDigits(currencyCode: string): number {
  return MINOR_DIGITS[currencyCode.toLowerCase()] ?? 2
}

/** An amount in whole minor units (81000 kuruş → "₺810,00"; 5000 rials → "ریال ۵٬۰۰۰"). */
export function formatMinorPrice(minor: number, currencyCode: string, locale: Locale): string {
  return formatPrice(minor / 10 ** minorDigits(currencyCode), currencyCode, locale)
}

/** Persian and Arabic-Indic digits as the 0–9 a number is parsed from; other text is kept. */
export function toWesternDigits(text: string): string {
  return text.replace(/[۰-۹٠-٩]/g, (digit) => String(digit.charCodeAt(0) % 16))
}

/**
 * A number as she types it on a phone in any of our languages: Persian or Latin digits, and at
 * most two decimals after a comma, a point or the Persian separator (450, 450,50, ۴۵۰٫۵).
 * Anything else, thousands separators included, is `null` rather than a guess.
 */
export function parseTypedNumber(text: string): number | null {
  const typed = toWesternDigits(text.trim()).replace(/[,٫]/, ".")
  return /^\d+(\.\d{1,2})?$/.test(typed) ? Number(typed) : null
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(FORMAT_TAGS[locale]).format(value)
}

export function formatDate(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(FORMAT_TAGS[locale], { dateStyle: "medium" }).format(
    typeof value === "string" ? new Date(value) : value
  )
}

/** The language the reader saw last, else her browser's, else Turkish. */
export function initialLocale(
  stored: string | null,
  browserLanguages: readonly string[] = []
): Locale {
  if (isLocale(stored)) {
    return stored
  }
  const fromBrowser = browserLanguages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLocale)
  return fromBrowser ?? DEFAULT_LOCALE
}
export { setupI18n, toLocale } from "./setup"
export { describeError } from "./errors"
export {
  addDays,
  cooperativeDayOf,
  cooperativeMonthOf,
  DEFAULT_COOPERATIVE_TIME_ZONE,
  isCalendarDate,
  isTimeZone,
  startOfCooperativeDay,
  startOfNextCooperativeDay,
} from "./calendar"
