import { ibanProblem } from "../../utils/iban"
import { DEMO_APPLICATIONS } from "./applications"
import {
  DAY_MS,
  mothersDay,
  OPEN_ORDER_DAYS,
  planDemoHistory,
  shopOpenings,
  type DemoHistoryPlan,
  type PlannedOrder,
} from "./history"
import { EUROPEAN_GUESTS, TURKISH_GUESTS } from "./history-people"
import { DEMO_PRODUCERS } from "./producers"
import { DEMO_PRODUCTS } from "./products"

/** The day the history was first written for, and days around the year to check it on too. */
const NOW = new Date("2026-11-29T17:30:00Z")
const OTHER_DAYS = [
  "2026-01-01T08:00:00Z",
  "2026-03-15T23:59:00Z",
  "2026-05-31T12:00:00Z",
  "2026-12-02T06:00:00Z",
  "2027-02-28T12:00:00Z",
].map((day) => new Date(day))

const month = (date: Date) => date.toISOString().slice(0, 7)
const productOf = (handle: string) => DEMO_PRODUCTS.find((product) => product.handle === handle)

function ordersByMonth(plan: DemoHistoryPlan): Map<string, PlannedOrder[]> {
  const byMonth = new Map<string, PlannedOrder[]>()
  for (let offset = 0; offset < 12; offset++) {
    const start = new Date(plan.start)
    start.setUTCMonth(start.getUTCMonth() + offset)
    byMonth.set(month(start), [])
  }
  for (const order of plan.orders) {
    byMonth.get(month(order.placed_at))?.push(order)
  }
  return byMonth
}

/** Every date the plan writes, with what it is. */
function datesOf(plan: DemoHistoryPlan): [string, Date][] {
  return [
    ...plan.applications.flatMap((application) => [
      ["submitted", application.submitted_at] as [string, Date],
      ...application.steps.map((step) => [step.action, step.at] as [string, Date]),
    ]),
    ...plan.orders.flatMap((order) => [
      ["placed", order.placed_at] as [string, Date],
      ...order.parts.flatMap((part) =>
        [part.prepared_at, part.shipped_at, part.delivered_at].flatMap((date) =>
          date ? [["part", date] as [string, Date]] : []
        )
      ),
      ...(order.paid_at ? [["paid", order.paid_at] as [string, Date]] : []),
      ...(order.refund ? [["refund", order.refund.at] as [string, Date]] : []),
    ]),
    ...plan.payouts.flatMap((payout) => [
      ["confirmed", payout.confirmed_at] as [string, Date],
      ["paid out", payout.paid_at] as [string, Date],
    ]),
  ]
}

describe("the demo's year of history", () => {
  const plan = planDemoHistory(NOW)

  it("is the same plan all day, and another the next day", () => {
    const sameDay = planDemoHistory(new Date("2026-11-29T00:00:01Z"))
    expect(JSON.stringify(sameDay)).toBe(JSON.stringify(plan))
    const nextDay = planDemoHistory(new Date("2026-11-30T12:00:00Z"))
    expect(JSON.stringify(nextDay)).not.toBe(JSON.stringify(plan))
  })

  it("covers the twelve calendar months the impact report shows by default", () => {
    expect(plan.start.toISOString()).toBe("2025-12-01T00:00:00.000Z")
    expect(plan.today.toISOString()).toBe("2026-11-29T00:00:00.000Z")
  })

  it("has a cooperative's year of orders: about 120–200, every month some, growing", () => {
    expect(plan.orders.length).toBeGreaterThanOrEqual(120)
    expect(plan.orders.length).toBeLessThanOrEqual(200)
    const counts = [...ordersByMonth(plan).values()].map((orders) => orders.length)
    expect(counts).toHaveLength(12)
    counts.forEach((count) => expect(count).toBeGreaterThan(0))
    const firstQuarter = counts.slice(0, 3).reduce((a, b) => a + b, 0)
    const lastQuarter = counts.slice(8, 11).reduce((a, b) => a + b, 0)
    expect(lastQuarter).toBeGreaterThan(firstQuarter * 1.8)
  })

  it("sells more before the New Year and before Mother's Day", () => {
    const byMonth = ordersByMonth(plan)
    const december = byMonth.get("2025-12") ?? []
    const late = december.filter((order) => order.placed_at.getUTCDate() >= 15).length
    expect(late).toBeGreaterThan(december.length - late)

    const [april, may, june] = ["2026-04", "2026-05", "2026-06"].map(
      (key) => byMonth.get(key)?.length ?? 0
    )
    expect(may).toBeGreaterThan(april)
    expect(may).toBeGreaterThan(june)
    const holiday = mothersDay(2026)
    expect(holiday.toISOString().slice(0, 10)).toBe("2026-05-10")
    const runUp = (byMonth.get("2026-05") ?? []).filter(
      (order) =>
        order.placed_at < holiday && holiday.getTime() - order.placed_at.getTime() < 12 * DAY_MS
    ).length
    expect(runUp).toBeGreaterThan(may / 3)
  })

  it("mixes guests with the demo shopper, lira with a few orders in euros", () => {
    const registered = plan.orders.filter((order) => order.shopper.registered).length
    expect(registered / plan.orders.length).toBeGreaterThan(0.08)
    expect(registered / plan.orders.length).toBeLessThan(0.3)
    const euros = plan.orders.filter((order) => order.currency === "eur")
    expect(euros.length / plan.orders.length).toBeGreaterThan(0.04)
    expect(euros.length / plan.orders.length).toBeLessThan(0.25)
    for (const order of plan.orders) {
      if (!order.shopper.registered) {
        const guests = order.currency === "eur" ? EUROPEAN_GUESTS : TURKISH_GUESTS
        expect(guests).toContain(order.shopper.guest)
      }
    }
    // Both ways of paying away from the site; euros only by transfer.
    expect(new Set(plan.orders.map((order) => order.payment))).toEqual(
      new Set(["cash_on_delivery", "bank_transfer"])
    )
    euros.forEach((order) => expect(order.payment).toBe("bank_transfer"))
  })

  it("sells only demo products, from shops open at least a day, in each variant that exists", () => {
    const openings = shopOpenings(plan.applications)
    for (const order of plan.orders) {
      expect(order.lines.length).toBeGreaterThan(0)
      for (const line of order.lines) {
        const product = productOf(line.product)
        expect(product).toBeDefined()
        expect(line.variant).toBeLessThan(product?.options?.values.length ?? 1)
        expect(line.quantity).toBeGreaterThan(0)
        const opened = openings.get(product?.producer ?? "")
        expect(opened).toBeDefined()
        expect(order.placed_at.getTime() - (opened?.getTime() ?? 0)).toBeGreaterThanOrEqual(DAY_MS)
      }
      const makers = [...new Set(order.lines.map((line) => productOf(line.product)?.producer))]
      expect(order.parts.map((part) => part.producer)).toEqual(makers)
    }
  })

  it("delivers the year's orders and leaves the last two weeks' on their way", () => {
    const cutoff = plan.today.getTime() - OPEN_ORDER_DAYS * DAY_MS
    const older = plan.orders.filter((order) => order.placed_at.getTime() < cutoff)
    const delivered = older.filter((order) => order.parts.every((part) => part.delivered_at))
    expect(delivered.length / older.length).toBeGreaterThan(0.95)
    const recent = plan.orders.filter((order) => order.placed_at.getTime() >= cutoff)
    expect(recent.length).toBeGreaterThan(0)
    recent.forEach((order) => order.parts.forEach((part) => expect(part.delivered_at).toBeNull()))

    for (const order of plan.orders) {
      for (const part of order.parts) {
        const steps = [order.placed_at, part.prepared_at, part.shipped_at, part.delivered_at]
        const done = steps.filter((step): step is Date => step !== null)
        // No gaps: a part shipped was prepared, one delivered was shipped.
        expect(steps.slice(0, done.length)).toEqual(done)
        for (let i = 1; i < done.length; i++) {
          expect(done[i].getTime()).toBeGreaterThan(done[i - 1].getTime())
        }
        expect(part.carrier).toBeTruthy()
        expect(part.tracking_number).toMatch(/^[A-Z0-9]{10,}$/)
      }
    }
  })

  it("records the money when it came, and leaves fewer than a page of payments waiting", () => {
    for (const order of plan.orders) {
      if (!order.paid_at) {
        continue
      }
      expect(order.paid_at.getTime()).toBeGreaterThan(order.placed_at.getTime())
      if (order.payment === "cash_on_delivery") {
        for (const part of order.parts) {
          expect(part.delivered_at).not.toBeNull()
          expect(order.paid_at.getTime()).toBeGreaterThan(part.delivered_at?.getTime() ?? Infinity)
        }
      }
    }
    // Staff's pending payments list shows 20 a page, the oldest first; the browser tests find
    // their own new payment on the first page.
    const waiting = plan.orders.filter((order) => !order.paid_at)
    expect(waiting.length).toBeGreaterThan(0)
    expect(waiting.length).toBeLessThan(12)
  })

  it("has two or three partial refunds after the money came and the parcel arrived", () => {
    const refunded = plan.orders.filter((order) => order.refund)
    expect(refunded.length).toBeGreaterThanOrEqual(2)
    expect(refunded.length).toBeLessThanOrEqual(3)
    for (const order of refunded) {
      const refund = order.refund
      const lines = order.lines.reduce(
        (sum, line) => sum + (productOf(line.product)?.priceTry ?? 0) * line.quantity,
        0
      )
      expect(order.currency).toBe("try")
      expect(refund?.amount).toBeGreaterThan(0)
      expect(refund?.amount).toBeLessThan(lines)
      expect(refund?.at.getTime()).toBeGreaterThan(order.paid_at?.getTime() ?? Infinity)
      order.parts.forEach((part) =>
        expect(refund?.at.getTime()).toBeGreaterThan(part.delivered_at?.getTime() ?? Infinity)
      )
    }
  })

  it("pays out each past month once its payday has come", () => {
    expect(plan.payouts.length).toBeGreaterThanOrEqual(6)
    for (const [index, payout] of plan.payouts.entries()) {
      expect(payout.period_start.getUTCDate()).toBe(1)
      expect(payout.period_end.getTime()).toBeGreaterThan(payout.period_start.getTime())
      expect(payout.confirmed_at.getTime()).toBeGreaterThan(payout.period_end.getTime())
      expect(payout.paid_at.getTime()).toBeGreaterThan(payout.confirmed_at.getTime())
      const previous = plan.payouts[index - 1]
      if (previous) {
        expect(payout.period_start.getTime()).toBeGreaterThan(previous.period_end.getTime())
      }
    }
  })

  it("has about thirty applications: most approved, a few rejected, sent back or waiting", () => {
    const total = plan.applications.length + DEMO_APPLICATIONS.length
    expect(total).toBeGreaterThanOrEqual(25)
    expect(total).toBeLessThanOrEqual(35)

    const outcome = (steps: DemoHistoryPlan["applications"][number]["steps"]) =>
      steps.at(-1)?.action ?? "waiting"
    const outcomes = plan.applications.map((application) => outcome(application.steps))
    const count = (action: string) => outcomes.filter((candidate) => candidate === action).length
    expect(count("approve")).toBeGreaterThan(plan.applications.length / 2)
    expect(count("reject")).toBeGreaterThanOrEqual(2)
    expect(count("request_changes")).toBeGreaterThanOrEqual(2)
    expect(count("waiting") + count("assign")).toBeGreaterThanOrEqual(2)

    for (const application of plan.applications) {
      expect(application.submitted_at.getTime()).toBeGreaterThanOrEqual(plan.start.getTime())
      let previous = application.submitted_at.getTime()
      for (const step of application.steps) {
        expect(step.at.getTime()).toBeGreaterThan(previous)
        previous = step.at.getTime()
        if (step.action === "reject" || step.action === "request_changes") {
          expect(step.message.length).toBeGreaterThan(10)
        }
      }
    }
  })

  it("opens every demo producer's shop by approval, the oldest eleven months ago", () => {
    const openings = shopOpenings(plan.applications)
    expect([...openings.keys()].sort()).toEqual(
      DEMO_PRODUCERS.map((producer) => producer.handle).sort()
    )
    const times = [...openings.values()].map((date) => date.getTime())
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(180 * DAY_MS)
  })

  it("puts every date in the past, on any day of the year it is planned", () => {
    for (const now of [NOW, ...OTHER_DAYS]) {
      const planned = planDemoHistory(now)
      expect(planned.orders.length).toBeGreaterThanOrEqual(110)
      for (const [what, date] of datesOf(planned)) {
        expect({ what, date }).toEqual({ what, date: expect.any(Date) })
        expect(date.getTime()).toBeLessThan(planned.today.getTime())
        expect(date.getTime()).toBeGreaterThanOrEqual(planned.start.getTime())
      }
      // Every whole month of the year has orders.
      const counts = [...ordersByMonth(planned).values()].map((orders) => orders.length)
      counts.slice(0, 11).forEach((count) => expect(count).toBeGreaterThan(0))
    }
  })
})

describe("the demo producers' payout accounts", () => {
  it("are valid Turkish IBANs, for the producers in Turkey", () => {
    const withAccount = DEMO_PRODUCERS.filter((producer) => producer.payoutAccount)
    expect(withAccount.length).toBeGreaterThanOrEqual(4)
    for (const producer of withAccount) {
      expect(ibanProblem(producer.payoutAccount?.iban ?? "")).toBeNull()
      expect(producer.payoutAccount?.iban).toMatch(/^TR\d{24}$/)
      expect(producer.payoutAccount?.holder).toBe(producer.name)
    }
  })
})

describe("the history's shoppers", () => {
  it("have an address in a country their region ships to", () => {
    for (const [guests, countries] of [
      [TURKISH_GUESTS, ["tr"]],
      [EUROPEAN_GUESTS, ["de", "fr", "nl", "at", "be", "it", "es"]],
    ] as const) {
      const emails = guests.map((guest) => guest.email)
      expect(new Set(emails).size).toBe(emails.length)
      for (const guest of guests) {
        expect(guest.email).toMatch(/^[a-z.]+@example\.[a-z]+$/)
        expect(countries).toContain(guest.country_code)
        for (const field of ["first_name", "last_name", "phone", "address_1", "city"] as const) {
          expect(guest[field]).toBeTruthy()
        }
      }
    }
  })
})
