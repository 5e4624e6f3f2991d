import { cooperativeDateOf, isCalendarDate, startOfCooperativeDay } from "./cooperative-days"

describe("the cooperative's days", () => {
  it("starts a day at midnight in Türkiye (UTC+3), whatever the server's zone", () => {
    expect(startOfCooperativeDay("2026-12-01").toISOString()).toBe("2026-11-30T21:00:00.000Z")
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

  it("names the day an instant falls on there, not in UTC", () => {
    expect(cooperativeDateOf(new Date("2026-11-30T21:30:00.000Z"))).toBe("2026-12-01")
    expect(cooperativeDateOf(new Date("2026-11-30T20:59:59.000Z"))).toBe("2026-11-30")
  })

  it("accepts only days that exist, written YYYY-MM-DD", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true)
    for (const text of ["2026-02-29", "2026-13-01", "1.12.2026", "2026-12-01T00:00:00Z", ""]) {
      expect(isCalendarDate(text)).toBe(false)
    }
  })
})
