import type { ProducerLedgerEntry } from "@imece/types"
import { describe, expect, it } from "vitest"
import { earningLines } from "./earning-lines"

function entry(overrides: Partial<ProducerLedgerEntry>): ProducerLedgerEntry {
  return {
    id: "lent_1",
    kind: "earning",
    currency_code: "try",
    amount: 1000,
    commission: 100,
    available_at: "2026-11-27T10:00:00.000Z",
    created_at: "2026-11-20T10:00:00.000Z",
    display_id: 12,
    producer_order_id: "prodord_12",
    payout_id: null,
    ...overrides,
  }
}

describe("earningLines", () => {
  it("adds up the items of one delivery, but not two orders or two moments", () => {
    const lines = earningLines(
      [
        entry({ id: "a", producer_order_id: "prodord_13", display_id: 13 }),
        entry({ id: "b" }),
        entry({ id: "c", amount: 500, commission: 50, payout_id: "pout_1" }),
        entry({ id: "d", created_at: "2026-11-10T10:00:00.000Z" }),
      ],
      []
    )
    expect(lines.map((line) => [line.id, line.amount])).toEqual([
      ["a", 1000],
      ["b", 1500],
      ["d", 1000],
    ])
    expect(lines[1]).toMatchObject({ commission: 150, unsettled: true })
  })

  it("names a payout by its batch's reference", () => {
    const [line] = earningLines(
      [entry({ kind: "payout", amount: -900, payout_id: "pout_1", producer_order_id: null })],
      [
        {
          id: "pout_1",
          reference: "IMECE-20261129-1",
          status: "paid",
          currency_code: "try",
          amount: 900,
          paid_at: null,
          created_at: "2026-11-29T10:00:00.000Z",
        },
      ]
    )
    expect(line).toMatchObject({ kind: "payout", amount: -900, reference: "IMECE-20261129-1" })
  })

  it("leaves out the last order's line while older entries may hold more of its items", () => {
    const page = [
      entry({ id: "a", producer_order_id: "prodord_13", display_id: 13 }),
      entry({ id: "b" }),
    ]
    expect(earningLines(page, [], { more: true }).map((line) => line.id)).toEqual(["a"])
    expect(earningLines(page, []).map((line) => line.id)).toEqual(["a", "b"])
    // A payout is one entry, whole on its page; a line alone on its page is shown.
    const payout = entry({ id: "p", kind: "payout", producer_order_id: null, payout_id: "pout_1" })
    expect(earningLines([page[0], payout], [], { more: true }).map((line) => line.id)).toEqual([
      "a",
      "p",
    ])
    expect(earningLines([page[1]], [], { more: true }).map((line) => line.id)).toEqual(["b"])
  })
})
