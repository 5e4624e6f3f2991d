const TURKISH_TO_ASCII: Record<string, string> = {
  ç: "c",
  ğ: "g",
  ı: "i",
  ö: "o",
  ş: "s",
  ü: "u",
  â: "a",
  î: "i",
  û: "u",
}

/** "Ayşe Yılmaz" → "ayse-yilmaz": lower-case ASCII words joined by hyphens. */
function slug(text: string): string {
  return text
    .toLocaleLowerCase("tr")
    .replace(/[çğıöşüâîû]/g, (char) => TURKISH_TO_ASCII[char] ?? char)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

/** "Oya küpe" → "oya-kupe"; words in other scripts fall back to `fallback`. */
export function handleFromText(text: string, fallback: string): string {
  const handle = slug(text)
  return handle.length >= 3 ? handle : slug(fallback)
}

/** Her first name: all that shoppers see of her name while she keeps her surname private. */
export function firstName(fullName: string): string {
  return fullName.trim().split(/\s+/)[0]
}

/**
 * "Ayşe Yılmaz" → "ayse": a shop's handle is made of her first name only, as it is public and
 * stays in links and printed cards even after she hides her surname. A first name in another
 * script, or too short to read as a handle, falls back to `fallback`.
 */
export function handleFromName(fullName: string, fallback: string): string {
  return handleFromText(firstName(fullName), fallback)
}

/** Whether a handle holds a word of her name other than her first name: her surname. */
export function handleShowsSurname(handle: string, fullName: string): boolean {
  const [first = "", ...rest] = fullName.trim().split(/\s+/)
  const firstWords = new Set(slug(first).split("-"))
  const words = new Set(handle.split("-"))
  return rest
    .flatMap((word) => slug(word).split("-"))
    .some((word) => word !== "" && !firstWords.has(word) && words.has(word))
}
