import fc from "fast-check"
import {
  allocateRefund,
  balanceOf,
  heldOf,
  payableEntries,
  proposePayouts,
  splitGross,
  toMinor,
  type LedgerLine,
  type LedgerSum,
} from "./ledger-math"

/** A shopper's order as the property sees it: lines of producers, and the shipping paid. */
interface Order {
  lines: { id: string; producer_id: string; gross: number; bps: number }[]
  shipping: number
}

type Step =
  | { kind: "deliver"; line: number }
  | { kind: "refund"; order: number; share: number }
  | { kind: "return"; line: number }
  | { kind: "payout"; after: number }

const PRODUCERS = ["prdcr_a", "prdcr_b", "prdcr_c"]
const HOLDING = 3

interface OrderDraft {
  lines: { producer: number; gross: number; bps: number }[]
  shipping: number
}

const orderArbitrary: fc.Arbitrary<OrderDraft> = fc.record({
  lines: fc.array(
    fc.record({
      producer: fc.integer({ min: 0, max: PRODUCERS.length - 1 }),
      gross: fc.integer({ min: 1, max: 5_000_000 }),
      bps: fc.integer({ min: 0, max: 3_000 }),
    }),
    { minLength: 1, maxLength: 4 }
  ),
  shipping: fc.integer({ min: 0, max: 20_000 }),
})

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("deliver" as const), line: fc.nat() }),
  fc.record({
    kind: fc.constant("refund" as const),
    order: fc.nat(),
    share: fc.double({ min: 0, max: 1.2, noNaN: true }),
  }),
  fc.record({ kind: fc.constant("return" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("payout" as const), after: fc.integer({ min: 0, max: 5 }) })
)

/**
 * Replays a history the way the workflows book it: an earning when a line is delivered (what
 * was refunded before then already taken off), a reversal for what is refunded after, payouts
 * of whatever is payable at the batch's end. Answers the ledger and the facts to check it by.
 */
function replay(drafts: OrderDraft[], steps: Step[]) {
  const orders: Order[] = drafts.map((draft, o) => ({
    shipping: draft.shipping,
    lines: draft.lines.map((line, l) => ({
      id: `line_${o}_${l}`,
      producer_id: PRODUCERS[line.producer],
      gross: line.gross,
      bps: line.bps,
    })),
  }))
  const lines = orders.flatMap((order) => order.lines)
  const refunded = new Map(lines.map((line) => [line.id, 0]))
  const earnedAt = new Map<string, number>()
  const entries: LedgerLine[] = []
  const refundedOf = new Map<Order, number>(orders.map((order) => [order, 0]))
  let clock = 0
  let payouts = 0

  const book = (
    kind: "earning" | "reversal",
    line: Order["lines"][number],
    gross: number,
    at: number
  ) => {
    const share = splitGross(gross, line.bps)
    const sign = kind === "earning" ? 1 : -1
    entries.push({
      id: `entry_${entries.length}`,
      producer_id: line.producer_id,
      currency_code: "try",
      kind,
      amount: sign * share.amount,
      commission: sign * share.commission,
      available_at: new Date(at),
      payout_id: null,
    })
  }

  const refundOrder = (order: Order, refund: number, only?: string) => {
    const open = order.lines
      .filter((line) => !only || line.id === only)
      .map((line) => ({ id: line.id, refundable: line.gross - (refunded.get(line.id) ?? 0) }))
    const allocation = allocateRefund(open, refund)
    for (const line of order.lines) {
      const part = allocation.get(line.id) ?? 0
      if (part === 0) {
        continue
      }
      refunded.set(line.id, (refunded.get(line.id) ?? 0) + part)
      if (earnedAt.has(line.id)) {
        book("reversal", line, part, clock)
      }
    }
    refundedOf.set(order, (refundedOf.get(order) ?? 0) + refund)
  }

  for (const step of steps) {
    clock += 1
    if (step.kind === "deliver") {
      const line = lines[step.line % lines.length]
      if (!earnedAt.has(line.id)) {
        earnedAt.set(line.id, clock)
        book("earning", line, line.gross - (refunded.get(line.id) ?? 0), clock + HOLDING)
      }
    } else if (step.kind === "refund") {
      const order = orders[step.order % orders.length]
      const captured = order.lines.reduce((sum, line) => sum + line.gross, 0) + order.shipping
      const refundable = captured - (refundedOf.get(order) ?? 0)
      refundOrder(order, Math.min(refundable, Math.floor(refundable * step.share)))
    } else if (step.kind === "return") {
      const line = lines[step.line % lines.length]
      const order = orders.find((candidate) => candidate.lines.includes(line)) as Order
      refundOrder(order, line.gross - (refunded.get(line.id) ?? 0), line.id)
    } else {
      const batchEnd = new Date(clock - step.after)
      for (const proposed of proposePayouts(entries, batchEnd)) {
        const payoutId = `payout_${payouts++}`
        for (const entry of entries) {
          if (proposed.entry_ids.includes(entry.id)) {
            entry.payout_id = payoutId
          }
        }
        entries.push({
          id: `entry_${entries.length}`,
          producer_id: proposed.producer_id,
          currency_code: proposed.currency_code,
          kind: "payout",
          amount: -proposed.amount,
          commission: 0,
          available_at: batchEnd,
          payout_id: payoutId,
        })
      }
    }
  }
  return { orders, lines, entries, refunded, refundedOf, earnedAt }
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

describe("the producers' ledger over random orders, refunds, returns and payouts", () => {
  const history = fc.tuple(
    fc.array(orderArbitrary, { minLength: 1, maxLength: 5 }),
    fc.array(stepArbitrary, { maxLength: 40 })
  )

  it("keeps every producer's balance equal to earnings − reversals − payouts, in whole minor units", () => {
    fc.assert(
      fc.property(history, ([drafts, steps]) => {
        const { entries } = replay(drafts, steps)
        for (const entry of entries) {
          expect(Number.isSafeInteger(entry.amount)).toBe(true)
          expect(Number.isSafeInteger(entry.commission)).toBe(true)
        }
        for (const producer of PRODUCERS) {
          const hers = entries.filter((entry) => entry.producer_id === producer)
          const of = (kind: LedgerLine["kind"]) =>
            sum(hers.filter((entry) => entry.kind === kind).map((entry) => entry.amount))
          const earnings = of("earning")
          const reversals = -of("reversal")
          const payouts = -of("payout")
          expect(earnings).toBeGreaterThanOrEqual(0)
          expect(reversals).toBeGreaterThanOrEqual(0)
          expect(payouts).toBeGreaterThanOrEqual(0)
          expect(balanceOf(hers)).toBe(earnings - reversals - payouts)
        }
      })
    )
  })

  it("splits exactly what was captured and not refunded between the producers and the cooperative", () => {
    fc.assert(
      fc.property(history, ([drafts, steps]) => {
        // Every line delivered in the end, so every line's money is on the ledger.
        const everyLine = drafts.flatMap((draft, o) => draft.lines.map((_, l) => ({ o, l }))).length
        const delivered = Array.from({ length: everyLine }, (_, line) => ({
          kind: "deliver" as const,
          line,
        }))
        const { orders, entries, refunded, refundedOf } = replay(drafts, [...steps, ...delivered])
        const booked = entries.filter((entry) => entry.kind !== "payout")
        const producersAndCooperative = sum(booked.map((entry) => entry.amount + entry.commission))
        const itemsCaptured = sum(orders.flatMap((order) => order.lines.map((line) => line.gross)))
        const itemsRefunded = sum([...refunded.values()])
        expect(producersAndCooperative).toBe(itemsCaptured - itemsRefunded)

        // What was refunded beyond the items came out of the shipping, never out of a line.
        for (const order of orders) {
          const refundedItems = sum(order.lines.map((line) => refunded.get(line.id) ?? 0))
          const refundedTotal = refundedOf.get(order) ?? 0
          expect(refundedItems).toBeLessThanOrEqual(refundedTotal)
          expect(refundedTotal - refundedItems).toBeLessThanOrEqual(order.shipping)
          for (const line of order.lines) {
            expect(refunded.get(line.id)).toBeLessThanOrEqual(line.gross)
          }
        }
        for (const entry of booked) {
          const sign = entry.kind === "earning" ? 1 : -1
          expect(sign * entry.amount).toBeGreaterThanOrEqual(0)
          expect(sign * entry.commission).toBeGreaterThanOrEqual(0)
        }
      })
    )
  })

  it("never pays an entry twice, never pays a negative amount, and pays only what was available", () => {
    fc.assert(
      fc.property(history, ([drafts, steps]) => {
        const { entries } = replay(drafts, steps)
        const payouts = entries.filter((entry) => entry.kind === "payout")
        for (const payout of payouts) {
          expect(payout.amount).toBeLessThan(0)
          const settled = entries.filter(
            (entry) => entry.kind !== "payout" && entry.payout_id === payout.payout_id
          )
          expect(sum(settled.map((entry) => entry.amount))).toBe(-payout.amount)
          for (const entry of settled) {
            expect(entry.available_at.getTime()).toBeLessThanOrEqual(payout.available_at.getTime())
          }
        }
        expect(new Set(payouts.map((payout) => payout.payout_id)).size).toBe(payouts.length)
      })
    )
  })
})

/**
 * Her entries summed as the ledger module's `sumLedgerEntries` sums them in the database: by
 * currency, kind, payout and whether available at `at`, with the latest day they are available.
 */
function sumAlike(entries: LedgerLine[], at: Date): LedgerSum[] {
  const sums = new Map<string, LedgerSum>()
  for (const entry of entries) {
    const available = entry.available_at <= at
    const key = [entry.currency_code, entry.kind, entry.payout_id, available].join("\u0000")
    const found = sums.get(key)
    if (!found) {
      const { id: _id, producer_id: _producer, ...alike } = entry
      sums.set(key, alike)
      continue
    }
    found.amount += entry.amount
    found.commission += entry.commission
    if (entry.available_at > found.available_at) {
      found.available_at = entry.available_at
    }
  }
  return [...sums.values()]
}

describe("her balances from sums instead of entries", () => {
  it("are the same on her entries summed alike as on her entries", () => {
    fc.assert(
      fc.property(
        fc.array(orderArbitrary, { minLength: 1, maxLength: 5 }),
        fc.array(stepArbitrary, { maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }),
        (drafts, steps, moment) => {
          const { entries } = replay(drafts, steps)
          const at = new Date(moment)
          for (const producer of PRODUCERS) {
            const hers = entries.filter((entry) => entry.producer_id === producer)
            const sums = sumAlike(hers, at)
            const amounts = (some: { amount: number }[]) => sum(some.map((s) => s.amount))
            expect(balanceOf(sums)).toBe(balanceOf(hers))
            expect(amounts(payableEntries(sums, at))).toBe(amounts(payableEntries(hers, at)))
            expect(heldOf(sums, at)).toBe(heldOf(hers, at))
          }
        }
      )
    )
  })
})

describe("money in minor units", () => {
  it("rounds lira to whole kuruş and keeps rials whole", () => {
    expect(toMinor(450.1, "try")).toBe(45_010)
    expect(toMinor("19.995", "eur")).toBe(2_000)
    expect(toMinor(1_250_000, "IRR")).toBe(1_250_000)
  })

  it("gives the commission rounded half up and her earning the rest", () => {
    expect(splitGross(45_000, 750)).toEqual({ amount: 41_625, commission: 3_375 })
    expect(splitGross(3, 5_000)).toEqual({ amount: 1, commission: 2 })
  })

  it("spreads a refund by largest remainder, never beyond a line", () => {
    const allocation = allocateRefund(
      [
        { id: "a", refundable: 1 },
        { id: "b", refundable: 1 },
        { id: "c", refundable: 1 },
      ],
      2
    )
    expect([...allocation.values()].sort()).toEqual([0, 1, 1])
    expect(allocateRefund([{ id: "a", refundable: 500 }], 900).get("a")).toBe(500)
  })
})
