/**
 * Letters that are one letter to a shopper but several to a computer, folded to one spelling.
 *
 * - Turkish dotless ı (İ and I lose their dot or case below) and a few Latin letters that
 *   Unicode does not decompose into a base letter and an accent.
 * - Arabic kaf and ya typed on an Arabic keyboard, written with the Persian letters: ك → ک,
 *   ي and ى → ی; the Kurdish/Urdu heh forms and teh marbuta → ه; the forms of alef, waw and
 *   ya that carry a hamza lose it in decomposition (أ → ا, ؤ → و, ئ → ی) and a hamza standing
 *   alone is dropped, as most people type it.
 * - Persian (۰–۹) and Arabic-Indic (٠–٩) digits become 0–9.
 */
const FOLDED_LETTERS: Record<string, string> = {
  ı: "i",
  ø: "o",
  đ: "d",
  ł: "l",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ك: "ک",
  ڪ: "ک",
  ي: "ی",
  ى: "ی",
  ې: "ی",
  ة: "ه",
  ە: "ه",
  ھ: "ه",
  ٱ: "ا",
  ء: "",
}

const PERSIAN_ZERO = 0x06f0
const ARABIC_ZERO = 0x0660

function foldCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0
  if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) {
    return String(code - PERSIAN_ZERO)
  }
  if (code >= ARABIC_ZERO && code <= ARABIC_ZERO + 9) {
    return String(code - ARABIC_ZERO)
  }
  return FOLDED_LETTERS[character] ?? character
}

/**
 * The one spelling of a text that search compares: the same function runs on what is indexed
 * and on what the shopper types, so "IŞLEMELİ", "işlemeli" and "islemeli" meet as "islemeli",
 * Arabic "كيف" meets Persian "کیف", and "۲" meets "2".
 *
 * Accents and Arabic vowel marks go with Unicode's compatibility decomposition (which also
 * turns Arabic presentation forms into plain letters); case folds without a locale, so a
 * Turkish İ is not left with a combining dot; the Persian half-space (ZWNJ) separates words,
 * so "کتاب‌ها" is found by "کتاب"; tatweel and other invisible joiners are dropped; anything
 * that is neither a letter nor a digit is a space.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\p{M}\u0640\u200b\u200d\u2060\ufeff]/gu, "")
    .toLowerCase()
    .replace(/./gsu, foldCharacter)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
}
