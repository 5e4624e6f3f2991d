import {
  CONTENT_LOCALE_TAGS,
  contentLocaleOf,
  hasWords,
  type ContentLocale,
  type ProductTranslations,
} from "../../../utils/content-locale"

/**
 * What Medusa's translations of her product must become so they hold exactly `wanted`: new
 * languages created, changed ones updated, and languages she left out or emptied removed.
 */
export function planProductTranslations(
  productId: string,
  wanted: ProductTranslations,
  existing: { id: string; locale_code: string }[]
) {
  const kept = (Object.keys(wanted) as ContentLocale[]).filter((locale) => hasWords(wanted[locale]))
  const existingOf = (locale: ContentLocale) =>
    existing.find((translation) => translation.locale_code === CONTENT_LOCALE_TAGS[locale])
  // Medusa merges an update into the stored words and shows the first-written words for an
  // empty one, so a field she cleared is stored as "" rather than left out.
  const wordsOf = (locale: ContentLocale) => ({
    title: wanted[locale]?.title?.trim() ?? "",
    description: wanted[locale]?.description?.trim() ?? "",
  })
  return {
    create: kept
      .filter((locale) => !existingOf(locale))
      .map((locale) => ({
        reference_id: productId,
        reference: "product",
        locale_code: CONTENT_LOCALE_TAGS[locale],
        translations: wordsOf(locale),
      })),
    update: kept.flatMap((locale) => {
      const translation = existingOf(locale)
      return translation ? [{ id: translation.id, translations: wordsOf(locale) }] : []
    }),
    delete: existing
      .filter((translation) => {
        const locale = contentLocaleOf(translation.locale_code)
        return !locale || !kept.includes(locale)
      })
      .map((translation) => translation.id),
  }
}
