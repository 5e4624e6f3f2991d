import { isOnVacation } from "./items-on-sale"

const IST = "Europe/Istanbul"

describe("isOnVacation", () => {
  const vacation = { vacation_from: "2026-12-20", vacation_until: "2027-01-05" }

  it("is closed from the first day through the last in Istanbul, and open the day after", () => {
    expect(isOnVacation(vacation, new Date("2026-12-19T20:59:00Z"), IST)).toBe(false)
    expect(isOnVacation(vacation, new Date("2026-12-19T21:00:00Z"), IST)).toBe(true)
    expect(isOnVacation(vacation, new Date("2027-01-05T20:59:00Z"), IST)).toBe(true)
    expect(isOnVacation(vacation, new Date("2027-01-05T21:00:00Z"), IST)).toBe(false)
  })

  it("is open without dates, and closed until a date when only the end is given", () => {
    expect(isOnVacation({ vacation_from: null, vacation_until: null }, new Date(), IST)).toBe(false)
    expect(
      isOnVacation(
        { vacation_from: null, vacation_until: "2027-01-05" },
        new Date("2026-12-01"),
        IST
      )
    ).toBe(true)
  })

  it("starts a vacation at the cooperative's midnight: 22:30 UTC on 31 March is 1 April in Istanbul", () => {
    const april = { vacation_from: "2026-04-01", vacation_until: "2026-04-10" }
    const at = new Date("2026-03-31T22:30:00Z")
    expect(isOnVacation(april, at, IST)).toBe(true)
    expect(isOnVacation(april, at, "UTC")).toBe(false)
  })
})
