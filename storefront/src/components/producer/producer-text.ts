import { localized, type Locale } from "@imece/i18n"
import type { StoreProducer } from "@imece/types"

/** "Needle lace · Ödemiş": her craft in the reader's language and her city, whichever she gave. */
export function craftAndCity(
  producer: Pick<StoreProducer, "craft" | "city">,
  locale: Locale
): string {
  return [localized(producer.craft, locale), producer.city].filter(Boolean).join(" · ")
}

/** The first sentence of her story, to fit a card; the Persian question mark ends one too. */
export function firstSentence(text: string): string {
  const match = text.match(/^.*?[.!?؟](\s|$)/)
  return (match ? match[0] : text).trim()
}

/**
 * The opening of her story for the product page: its first paragraph, cut at a word when long,
 * so the maker card stays beside the product instead of pushing it off a phone's screen.
 */
export function storyExcerpt(text: string, maxLength = 280): string {
  const paragraph = text.trim().split(/\n\s*\n/)[0] ?? ""
  if (paragraph.length <= maxLength) {
    return paragraph
  }
  const cut = paragraph.slice(0, maxLength)
  const lastSpace = cut.lastIndexOf(" ")
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
