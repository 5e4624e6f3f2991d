/**
 * The language tags Medusa's translations are stored under for the languages the marketplace
 * speaks; the storefront asks for products with the same tag (`?locale=fa-IR`).
 */
export const CONTENT_LOCALE_TAGS = { tr: "tr-TR", fa: "fa-IR", en: "en-GB" } as const

export type ContentLocale = keyof typeof CONTENT_LOCALE_TAGS

/** Her product's title and description in one language. */
export interface ProductWords {
  title?: string
  description?: string | null
}

export type ProductTranslations = Partial<Record<ContentLocale, ProductWords>>

/** The language of a stored tag ("fa-IR" → "fa"), or undefined for a tag we do not speak. */
export function contentLocaleOf(tag: string): ContentLocale | undefined {
  return (Object.keys(CONTENT_LOCALE_TAGS) as ContentLocale[]).find(
    (locale) => CONTENT_LOCALE_TAGS[locale] === tag
  )
}

/** Words worth keeping: a title or a description with text in it. */
export const hasWords = (words: ProductWords | undefined): words is ProductWords =>
  Boolean(words?.title?.trim() || words?.description?.trim())
