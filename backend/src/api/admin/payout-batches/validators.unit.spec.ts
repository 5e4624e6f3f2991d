import { endOfPeriod, refuseFuturePeriodEnd, startOfPeriod } from "./validators"

describe("a payout period's bounds", () => {
  const sale = new Date("2026-03-31T22:30:00.000Z")
  const inPeriod = (from: string, to: string, timeZone: string) =>
    startOfPeriod(from, timeZone) <= sale && sale <= endOfPeriod(to, timeZone)

  it("counts a sale at 22:30 UTC on 31 March in April's period in Istanbul and in March's in UTC", () => {
    expect(inPeriod("2026-03-01", "2026-03-31", "Europe/Istanbul")).toBe(false)
    expect(inPeriod("2026-04-01", "2026-04-30", "Europe/Istanbul")).toBe(true)
    expect(inPeriod("2026-03-01", "2026-03-31", "UTC")).toBe(true)
    expect(inPeriod("2026-04-01", "2026-04-30", "UTC")).toBe(false)
  })

  it("ends a period at the last millisecond of its last day there", () => {
    expect(endOfPeriod("2026-03-31", "Europe/Istanbul").toISOString()).toBe(
      "2026-03-31T20:59:59.999Z"
    )
  })
})

describe("a payout period's last day", () => {
  const refusal = (periodEnd: string, now: string) => {
    try {
      refuseFuturePeriodEnd(periodEnd, "Europe/Istanbul", new Date(now))
      return null
    } catch (error) {
      return (error as { code?: string }).code
    }
  }

  it("may be the cooperative's today from 21:00 UTC, when UTC still has yesterday", () => {
    expect(refusal("2026-12-06", "2026-12-05T22:30:00Z")).toBeNull()
    expect(refusal("2026-12-07", "2026-12-05T22:30:00Z")).toBe("payout_period_in_future")
    expect(refusal("2026-12-06", "2026-12-05T20:30:00Z")).toBe("payout_period_in_future")
    expect(refusal("2026-12-05", "2026-12-05T20:30:00Z")).toBeNull()
  })
})
