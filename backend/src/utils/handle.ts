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

/** "Ayşe Yılmaz" → "ayse-yilmaz"; names in other scripts fall back to the reference. */
export function handleFromName(name: string, fallback: string): string {
  const ascii = name
    .toLocaleLowerCase("tr")
    .replace(/[çğıöşüâîû]/g, (char) => TURKISH_TO_ASCII[char] ?? char)
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  return ascii.length >= 3 ? ascii : fallback.toLowerCase().replace(/[^a-z0-9]+/g, "-")
}
