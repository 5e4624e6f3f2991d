import { isOnVacation } from "./middlewares"

describe("isOnVacation", () => {
  const vacation = { vacation_from: "2026-12-20", vacation_until: "2027-01-05" }

  it("is closed from the first day through the last, and open the day after", () => {
    expect(isOnVacation(vacation, new Date("2026-12-19T23:59:00Z"))).toBe(false)
    expect(isOnVacation(vacation, new Date("2026-12-20T00:00:00Z"))).toBe(true)
    expect(isOnVacation(vacation, new Date("2027-01-05T18:00:00Z"))).toBe(true)
    expect(isOnVacation(vacation, new Date("2027-01-06T00:00:00Z"))).toBe(false)
  })

  it("is open without dates, and closed until a date when only the end is given", () => {
    expect(isOnVacation({ vacation_from: null, vacation_until: null }, new Date())).toBe(false)
    expect(
      isOnVacation({ vacation_from: null, vacation_until: "2027-01-05" }, new Date("2026-12-01"))
    ).toBe(true)
  })
})
