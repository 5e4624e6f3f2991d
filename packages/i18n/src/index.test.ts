import { describe, expect, it } from "vitest"
import { common } from "./locales/common"
import {
  directionOf,
  formatMinorPrice,
  formatPrice,
  initialLocale,
  localized,
  parseTypedNumber,
  toWesternDigits,
} from "./index"

function keysOf(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === "object" && child !== null
      ? keysOf(child, `${prefix}${key}.`)
      : [`${prefix}${key}`]
  )
}

describe("locales", () => {
  it("writes Persian right to left and the others left to right", () => {
    expect(directionOf("fa")).toBe("rtl")
    expect(directionOf("tr")).toBe("ltr")
    expect(directionOf("en")).toBe("ltr")
  })

  it("has every common word in Turkish, Persian and English", () => {
    const turkish = keysOf(common.tr).sort()
    expect(keysOf(common.fa).sort()).toEqual(turkish)
    expect(keysOf(common.en).sort()).toEqual(turkish)
  })

  it("starts in the language chosen before, else the browser's, else Turkish", () => {
    expect(initialLocale("fa", ["en-GB"])).toBe("fa")
    expect(initialLocale(null, ["de-DE", "en-US"])).toBe("en")
    expect(initialLocale("xx", ["de-DE"])).toBe("tr")
  })
})

describe("localized", () => {
  it("picks the reader's language and falls back to Turkish, then English, then any", () => {
    expect(localized({ tr: "oya", fa: "اویا", en: "lace" }, "fa")).toBe("اویا")
    expect(localized({ tr: "oya", en: "lace" }, "fa")).toBe("oya")
    expect(localized({ en: "lace" }, "tr")).toBe("lace")
    expect(localized({ fa: "نمد" }, "en")).toBe("نمد")
    expect(localized(null, "tr")).toBe("")
  })
})

describe("formatPrice", () => {
  it("writes prices with Persian digits in Persian", () => {
    expect(formatPrice(1250, "try", "fa")).toMatch(/[۰-۹]/)
    expect(formatPrice(1250, "try", "fa")).not.toMatch(/[0-9]/)
  })

  it("uses Turkish grouping and the lira sign in Turkish", () => {
    expect(formatPrice(1250, "try", "tr")).toBe("₺1.250,00")
  })

  it("formats euros in English", () => {
    expect(formatPrice(36, "eur", "en")).toBe("€36.00")
  })
})

describe("formatMinorPrice", () => {
  it("reads lira and euros as hundredths", () => {
    expect(formatMinorPrice(81000, "try", "tr")).toBe("₺810,00")
    expect(formatMinorPrice(-18050, "eur", "en")).toBe("-€180.50")
  })

  it("reads rials as whole, having no minor unit in use", () => {
    expect(formatMinorPrice(5000, "irr", "en")).toMatch(/^IRR\s5,000$/)
  })
})

describe("parseTypedNumber", () => {
  it("reads numbers typed with Persian, Arabic or Latin digits and a decimal comma", () => {
    expect(toWesternDigits("۱۲۳ و ٤٥")).toBe("123 و 45")
    expect(parseTypedNumber(" 450 ")).toBe(450)
    expect(parseTypedNumber("450,50")).toBe(450.5)
    expect(parseTypedNumber("۴۵۰٫۵")).toBe(450.5)
    expect(parseTypedNumber("٤٥٠")).toBe(450)
    for (const typed of ["", "1.250,00", "1.250", "-5", "4e2", "abc", "450,"]) {
      expect(parseTypedNumber(typed), typed).toBeNull()
    }
  })
})
