import { model } from "@medusajs/framework/utils"

export const LEDGER_ENTRY_KINDS = ["earning", "reversal", "payout"] as const

/**
 * One movement of a producer's money, never changed once written except to say which payout
 * settles it. Amounts are whole minor units (kuruş, cent) kept as big numbers so that a rial
 * total cannot overflow; her balance is the sum of her entries, never a number kept aside.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    producer_id: model.text(),
    currency_code: model.text(),
    kind: model.enum([...LEDGER_ENTRY_KINDS]),
    /** Hers, signed: an earning adds, a reversal or a payout takes away. */
    amount: model.bigNumber(),
    /** The cooperative's share beside an earning or a reversal, signed alike; 0 on a payout. */
    commission: model.bigNumber(),
    /** From when a payout may include it: delivery plus the cooperative's holding period. */
    available_at: model.dateTime(),
    producer_order_id: model.text().nullable(),
    producer_order_item_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** The payout that settles an earning or reversal; a payout entry's own payout. */
    payout_id: model.text().nullable(),
    /** What the entry is for, unique, so that no event is booked twice (`earning:<line>`). */
    key: model.text().unique(),
  })
  .indexes([{ on: ["producer_id", "currency_code"] }, { on: ["payout_id"] }])
