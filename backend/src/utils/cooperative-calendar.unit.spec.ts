import fc from "fast-check"
import {
  addDays,
  cooperativeDayOf,
  cooperativeMonthOf,
  isCalendarDate,
  isTimeZone,
  startOfCooperativeDay,
  startOfNextCooperativeDay,
} from "./cooperative-calendar"

/** Zones with no clock changes, with changes at 02:00 or at midnight, and odd offsets. */
const ZONES = [
  "Europe/Istanbul",
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "America/Santiago",
  "America/Havana",
  "Asia/Tehran",
  "Australia/Lord_Howe",
  "Pacific/Kiritimati",
  "Pacific/Apia",
]

describe("the cooperative's calendar", () => {
  it("counts a sale at 22:30 UTC on 31 March in April in Istanbul and in March in UTC", () => {
    const sale = new Date("2026-03-31T22:30:00.000Z")
    expect(cooperativeDayOf(sale, "Europe/Istanbul")).toBe("2026-04-01")
    expect(cooperativeMonthOf(sale, "Europe/Istanbul")).toBe("2026-04")
    expect(cooperativeDayOf(sale, "UTC")).toBe("2026-03-31")
    expect(cooperativeMonthOf(sale, "UTC")).toBe("2026-03")
  })

  it("starts 1 April in Istanbul at 21:00 UTC on 31 March", () => {
    expect(startOfCooperativeDay("2026-04-01", "Europe/Istanbul").toISOString()).toBe(
      "2026-03-31T21:00:00.000Z"
    )
    expect(startOfCooperativeDay("2026-04-01", "UTC").toISOString()).toBe(
      "2026-04-01T00:00:00.000Z"
    )
    expect(startOfNextCooperativeDay("2026-03-31", "Europe/Istanbul").toISOString()).toBe(
      "2026-03-31T21:00:00.000Z"
    )
  })

  it("starts a day right in a zone whose clocks change", () => {
    // Berlin moves from UTC+1 to UTC+2 on 29 March 2026 at 02:00.
    expect(startOfCooperativeDay("2026-03-29", "Europe/Berlin").toISOString()).toBe(
      "2026-03-28T23:00:00.000Z"
    )
    expect(startOfCooperativeDay("2026-03-30", "Europe/Berlin").toISOString()).toBe(
      "2026-03-29T22:00:00.000Z"
    )
  })

  it("starts a day whose midnight the clocks skip when they land", () => {
    // Santiago moves from UTC-4 to UTC-3 at midnight on 6 September 2026: that day starts at 01:00.
    expect(startOfCooperativeDay("2026-09-06", "America/Santiago").toISOString()).toBe(
      "2026-09-06T04:00:00.000Z"
    )
  })

  it("puts every instant in [its day's start, the next day's start), in any zone", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2040-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          const day = cooperativeDayOf(instant, zone)
          const start = startOfCooperativeDay(day, zone)
          const next = startOfNextCooperativeDay(day, zone)
          expect(start.getTime()).toBeLessThanOrEqual(instant.getTime())
          expect(instant.getTime()).toBeLessThan(next.getTime())
          expect(cooperativeDayOf(start, zone)).toBe(day)
          expect(cooperativeDayOf(new Date(start.getTime() - 1), zone) < day).toBe(true)
        }
      ),
      { numRuns: 500 }
    )
  })

  it("adds calendar days across months and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29")
    expect(addDays("2026-03-31", 1)).toBe("2026-04-01")
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31")
  })

  it("accepts only days that exist, written YYYY-MM-DD", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true)
    for (const text of ["2026-02-29", "2026-13-01", "1.12.2026", "2026-12-01T00:00:00Z", ""]) {
      expect(isCalendarDate(text)).toBe(false)
    }
  })

  it("knows IANA zones and refuses offsets and made-up names", () => {
    for (const zone of ["Europe/Istanbul", "UTC", "America/Argentina/Buenos_Aires"]) {
      expect(isTimeZone(zone)).toBe(true)
    }
    for (const zone of ["+03:00", "Europe/Atlantis", "Istanbul", "", "GMT+3"]) {
      expect(isTimeZone(zone)).toBe(false)
    }
  })
})
