import { LOCALES } from "@imece/i18n"
import { describe, expect, it } from "vitest"
import { storefront } from "./storefront"

/** Every text with its dotted key, e.g. ["product.madeBy", "Yapan"]. */
function entries(value: object, prefix = ""): [string, string][] {
  return Object.entries(value).flatMap(([key, child]): [string, string][] =>
    typeof child === "object" && child !== null
      ? entries(child, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(child)]]
  )
}

const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort()

describe("storefront texts", () => {
  const turkish = new Map(entries(storefront.tr))

  it.each(LOCALES)("has every text in %s, with the same placeholders", (locale) => {
    const texts = new Map(entries(storefront[locale]))
    expect([...texts.keys()].sort()).toEqual([...turkish.keys()].sort())
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe("")
      expect(placeholders(text), key).toEqual(placeholders(turkish.get(key) ?? ""))
    }
  })
})
