import { LOCALES } from "@imece/i18n"
import { describe, expect, it, vi } from "vitest"
import { shop } from "./shop"
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

/** A language's texts: the shopper's and those of the pages under /sell. */
const textsOf = (locale: (typeof LOCALES)[number]) => ({ ...storefront[locale], ...shop[locale] })

describe("storefront texts", () => {
  const turkish = new Map(entries(textsOf("tr")))

  it.each(LOCALES)("has every text in %s, with the same placeholders", (locale) => {
    const texts = new Map(entries(textsOf(locale)))
    expect([...texts.keys()].sort()).toEqual([...turkish.keys()].sort())
    for (const [key, text] of texts) {
      expect(text.trim(), key).not.toBe("")
      expect(placeholders(text), key).toEqual(placeholders(turkish.get(key) ?? ""))
    }
  })
})

describe("the texts a shopper's first page carries", () => {
  it("leave out those of the pages under /sell, which load with them", async () => {
    // The test setup has loaded the shop's texts, and i18next merges them into the module's object.
    vi.resetModules()
    const { storefront: asImported } = await import("./storefront")
    for (const locale of LOCALES) {
      for (const key of Object.keys(shop[locale])) {
        expect(asImported[locale]).not.toHaveProperty(key)
      }
    }
  })
})
