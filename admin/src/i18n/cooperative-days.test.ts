import { describe, expect, it } from "vitest"
import { cooperativeToday, formatCooperativeDay } from "./cooperative-days"

const ISTANBUL = "Europe/Istanbul"

/** A payout batch's last moment as the backend sends it: the end of its last day in Istanbul. */
const endOf = (day: string) => new Date(`${day}T23:59:59.999+03:00`).toISOString()

describe("formatCooperativeDay", () => {
  it("reads a batch's first and last moments as the cooperative's days, wherever the browser is", () => {
    // 1 November starts at 21:00 UTC on 31 October in Istanbul.
    expect(formatCooperativeDay("2026-10-31T21:00:00.000Z", "en", ISTANBUL)).toBe("1 Nov 2026")
    expect(formatCooperativeDay(endOf("2026-11-30"), "en", ISTANBUL)).toBe("30 Nov 2026")
  })

  it("reads a day written as YYYY-MM-DD as that day", () => {
    expect(formatCooperativeDay("2026-11-30", "en", "Pacific/Kiritimati")).toBe("30 Nov 2026")
  })
})

describe("cooperativeToday", () => {
  it("is the day in the cooperative's time zone, not the browser's", () => {
    const evening = new Date("2026-12-01T22:30:00.000Z")
    expect(cooperativeToday(ISTANBUL, evening)).toBe("2026-12-02")
    expect(cooperativeToday("America/New_York", evening)).toBe("2026-12-01")
  })
})
