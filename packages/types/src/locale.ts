/** The languages the marketplace speaks. Turkish is the default; Persian is written right to left. */
export const LOCALES = ["tr", "fa", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "tr"

/** Text a producer may write in any of the marketplace's languages; each is optional. */
export type LocalizedText = Partial<Record<Locale, string>>
