import { describe, expect, it } from "vitest"
import { defaultPayoutPeriod } from "./payout-period"

const ISTANBUL = "Europe/Istanbul"

/** 2 December 2026, 01:30 in Istanbul (22:30 UTC the day before). */
const NOW = new Date("2026-12-01T22:30:00.000Z")

/** A batch's last moment as the backend sends it: the end of its last day in Istanbul. */
const endOf = (day: string) => new Date(`${day}T23:59:59.999+03:00`).toISOString()

describe("defaultPayoutPeriod", () => {
  it("runs from the 1st of last month to yesterday, in the cooperative's days", () => {
    expect(defaultPayoutPeriod([], ISTANBUL, NOW)).toEqual({
      period_start: "2026-11-01",
      period_end: "2026-12-01",
    })
  })

  it("starts the day after the newest batch that was not canceled", () => {
    expect(
      defaultPayoutPeriod(
        [
          { status: "canceled", period_end: endOf("2026-11-25") },
          { status: "paid", period_end: endOf("2026-11-15") },
          { status: "confirmed", period_end: endOf("2026-11-20") },
        ],
        ISTANBUL,
        NOW
      )
    ).toEqual({ period_start: "2026-11-21", period_end: "2026-12-01" })
  })

  it("never starts after it ends", () => {
    expect(
      defaultPayoutPeriod([{ status: "paid", period_end: endOf("2026-12-01") }], ISTANBUL, NOW)
    ).toEqual({ period_start: "2026-12-01", period_end: "2026-12-01" })
  })

  it("reaches back over a new year", () => {
    expect(
      defaultPayoutPeriod([], ISTANBUL, new Date("2027-01-10T09:00:00.000Z")).period_start
    ).toBe("2026-12-01")
  })

  it("counts days in the time zone the cooperative set, not Istanbul's", () => {
    // 20:30 on 1 December in New York, already the 2nd in Istanbul.
    const evening = new Date("2026-12-02T01:30:00.000Z")
    expect(defaultPayoutPeriod([], "America/New_York", evening).period_end).toBe("2026-11-30")
    expect(defaultPayoutPeriod([], ISTANBUL, evening).period_end).toBe("2026-12-01")
  })
})
