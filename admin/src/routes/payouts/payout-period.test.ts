import { describe, expect, it } from "vitest"
import { defaultPayoutPeriod, formatDay } from "./payout-period"

/** 2 December 2026, 01:30 in Istanbul (22:30 UTC the day before). */
const NOW = new Date("2026-12-01T22:30:00.000Z")

describe("defaultPayoutPeriod", () => {
  it("runs from the 1st of last month to yesterday, in the cooperative's days", () => {
    expect(defaultPayoutPeriod([], NOW)).toEqual({
      period_start: "2026-11-01",
      period_end: "2026-12-01",
    })
  })

  it("starts the day after the newest batch that was not canceled", () => {
    expect(
      defaultPayoutPeriod(
        [
          { status: "canceled", period_end: "2026-11-25T23:59:59.999Z" },
          { status: "paid", period_end: "2026-11-15T23:59:59.999Z" },
          { status: "confirmed", period_end: "2026-11-20T23:59:59.999Z" },
        ],
        NOW
      )
    ).toEqual({ period_start: "2026-11-21", period_end: "2026-12-01" })
  })

  it("never starts after it ends", () => {
    expect(
      defaultPayoutPeriod([{ status: "paid", period_end: "2026-12-01T23:59:59.999Z" }], NOW)
    ).toEqual({ period_start: "2026-12-01", period_end: "2026-12-01" })
  })

  it("reaches back over a new year", () => {
    expect(defaultPayoutPeriod([], new Date("2027-01-10T09:00:00.000Z")).period_start).toBe(
      "2026-12-01"
    )
  })
})

describe("formatDay", () => {
  it("reads a batch's last moment as its own day, wherever the browser is", () => {
    expect(formatDay("2026-11-30T23:59:59.999Z", "en")).toBe("30 Nov 2026")
  })
})
