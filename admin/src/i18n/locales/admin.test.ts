import { LOCALES } from "@imece/i18n"
import { describe, expect, it } from "vitest"
import { admin } from "./admin"

/** Every leaf of a translation tree as "a.b.c" → text; a non-string leaf is kept to fail below. */
function leaves(tree: object, prefix = ""): Map<string, unknown> {
  const result = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "object" && value !== null) {
      leaves(value, path).forEach((text, nested) => result.set(nested, text))
    } else {
      result.set(path, value)
    }
  }
  return result
}

const placeholders = (text: unknown) =>
  typeof text === "string" ? [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort() : []

describe("admin translations", () => {
  const byLocale = new Map(LOCALES.map((locale) => [locale, leaves(admin[locale])]))
  const allKeys = [...new Set([...byLocale.values()].flatMap((tree) => [...tree.keys()]))].sort()

  it.each(LOCALES)("%s has every key, each with text", (locale) => {
    const tree = byLocale.get(locale) ?? new Map<string, unknown>()
    const missing = allKeys.filter((key) => {
      const text = tree.get(key)
      return typeof text !== "string" || text.trim() === ""
    })
    expect(missing, `missing or empty in ${locale}`).toEqual([])
  })

  it.each(LOCALES)("%s uses the same placeholders as Turkish", (locale) => {
    const tree = byLocale.get(locale) ?? new Map<string, unknown>()
    const reference = byLocale.get("tr") ?? new Map<string, unknown>()
    const mismatched = allKeys.filter(
      (key) => placeholders(tree.get(key)).join() !== placeholders(reference.get(key)).join()
    )
    expect(mismatched, `placeholders differ in ${locale}`).toEqual([])
  })
})
