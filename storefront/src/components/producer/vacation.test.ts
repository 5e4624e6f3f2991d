import { describe, expect, it } from "vitest"
import { vacationReturn } from "./vacation"

describe("when she is back from her holiday", () => {
  const now = new Date("2026-07-10T12:00:00Z")

  it("is null when she has no vacation or it has not begun or is over", () => {
    expect(vacationReturn({ vacation_from: null, vacation_until: null }, now)).toBeNull()
    expect(
      vacationReturn({ vacation_from: "2026-07-20", vacation_until: "2026-07-30" }, now)
    ).toBeNull()
    expect(
      vacationReturn({ vacation_from: "2026-07-01", vacation_until: "2026-07-09" }, now)
    ).toBeNull()
  })

  it("is the day after her last day off while she is away", () => {
    expect(
      vacationReturn({ vacation_from: "2026-07-01", vacation_until: "2026-07-10" }, now)
    ).toEqual(new Date("2026-07-11T00:00:00Z"))
  })

  it("begins and ends at the cooperative's midnight, 21:00 UTC in Istanbul, as the backend refuses", () => {
    const lateEvening = new Date("2026-07-19T22:30:00Z")
    expect(
      vacationReturn({ vacation_from: "2026-07-20", vacation_until: "2026-07-30" }, lateEvening)
    ).toEqual(new Date("2026-07-31T00:00:00Z"))
    expect(
      vacationReturn({ vacation_from: "2026-07-01", vacation_until: "2026-07-19" }, lateEvening)
    ).toBeNull()
  })

  it("is unknown when she left without a return date", () => {
    expect(vacationReturn({ vacation_from: "2026-07-01", vacation_until: null }, now)).toBe(
      "unknown"
    )
  })
})
