import { describe, expect, it } from "vitest"
import { isDay, periodProblem, presetPeriod } from "./impact-period"

describe("impact periods", () => {
  const today = new Date(2026, 0, 10, 9, 30)

  it("reckons presets in whole calendar months up to today", () => {
    expect(presetPeriod("last3", today)).toEqual({ from: "2025-11-01", to: "2026-01-10" })
    expect(presetPeriod("last6", today)).toEqual({ from: "2025-08-01", to: "2026-01-10" })
    expect(presetPeriod("last12", today)).toEqual({ from: "2025-02-01", to: "2026-01-10" })
    expect(presetPeriod("thisYear", today)).toEqual({ from: "2026-01-01", to: "2026-01-10" })
  })

  it("accepts calendar days only", () => {
    expect(isDay("2028-02-29")).toBe(true)
    expect(isDay("2026-02-29")).toBe(false)
    expect(isDay("10.01.2026")).toBe(false)
    expect(isDay("")).toBe(false)
  })

  it("refuses what the API refuses: a missing day, days backwards, more than three years", () => {
    expect(periodProblem("", "2026-01-10")).toBe("incomplete")
    expect(periodProblem("2026-02-01", "2026-01-10")).toBe("fromAfterTo")
    expect(periodProblem("2023-01-01", "2025-12-31")).toBeNull()
    expect(periodProblem("2023-01-01", "2026-01-01")).toBe("tooLong")
  })
})
