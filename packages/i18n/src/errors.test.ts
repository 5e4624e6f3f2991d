import { describe, expect, it } from "vitest"
import { common } from "./locales/common"
import { describeError } from "./errors"

const failed = (status: number, code?: string, params: Record<string, string | number> = {}) =>
  Object.assign(new Error("An English message for developers"), { status, code, params })

describe("describeError", () => {
  it("says the backend's code in her language, with its values isolated and her calendar's day", () => {
    const text = describeError(
      failed(400, "producer_on_vacation", { producer: "Ayşe Yılmaz", back_on: "2026-12-10" }),
      "fa"
    )
    expect(text).toContain("\u2068Ayşe Yılmaz\u2069")
    expect(text).toContain("۱۹ آذر ۱۴۰۵")
    expect(text).not.toContain("English")
    expect(text).not.toContain("2026-12-10")
  })

  it("says amounts of money as prices in her currency and script", () => {
    const changed = failed(409, "cart_prices_changed", {
      old_total: 129000,
      new_total: 139000,
      currency_code: "try",
    })
    const tr = describeError(changed, "tr")
    expect(tr).toContain("\u2068₺1.390,00\u2069")
    expect(tr).toContain("\u2068₺1.290,00\u2069")
    expect(describeError(changed, "fa")).toContain("۱٬۳۹۰")
    expect(describeError(changed, "en")).toContain("1,390.00")
  })

  it("never shows the English message: an unknown code falls back to the page's words", () => {
    expect(describeError(failed(400, "invalid_data"), "tr", "Kaydedilemedi.")).toBe(
      "Kaydedilemedi."
    )
    expect(describeError(failed(400), "tr")).toBe(common.tr.errors.status.invalid)
  })

  it("names the kind of failure where the page has nothing more precise to say", () => {
    expect(describeError(failed(401), "tr", "Kaydedilemedi.")).toBe(
      common.tr.errors.status.unauthorized
    )
    expect(describeError(failed(429), "tr", "Kaydedilemedi.")).toBe(
      common.tr.errors.status.too_many
    )
    expect(describeError(failed(502), "tr", "Kaydedilemedi.")).toBe(common.tr.errors.status.server)
    expect(describeError(failed(404), "tr")).toBe(common.tr.errors.status.not_found)
    expect(describeError(new TypeError("Failed to fetch"), "tr", "Kaydedilemedi.")).toBe(
      common.tr.errors.status.network
    )
  })
})
