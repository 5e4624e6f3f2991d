import type { ProducerLedgerEntry, ProducerPayoutSummary } from "@imece/types"

/** Entries of one delivery or one refund are written together, one per item of the order. */
const SAME_MOMENT_MS = 60 * 1000

/** One line of her history: an order's earning or refund (all its items), or a payout. */
export type EarningLine =
  | {
      kind: "earning" | "reversal"
      id: string
      currency_code: string
      amount: number
      commission: number
      created_at: string
      /** When a payout may include it; the latest of its items. */
      available_at: string
      display_id: number | null
      producer_order_id: string | null
      /** Not yet in any payout. */
      unsettled: boolean
    }
  | {
      kind: "payout"
      id: string
      currency_code: string
      amount: number
      created_at: string
      reference: string | null
    }

const sameOrderMoment = (line: EarningLine, entry: ProducerLedgerEntry) =>
  line.kind !== "payout" &&
  line.kind === entry.kind &&
  line.producer_order_id !== null &&
  line.producer_order_id === entry.producer_order_id &&
  line.currency_code === entry.currency_code &&
  Math.abs(Date.parse(line.created_at) - Date.parse(entry.created_at)) <= SAME_MOMENT_MS

/**
 * Her ledger (newest first) as she reads it: the items of one delivered order, or of one refund,
 * added up into a single line; each payout with the reference the bank shows. While older
 * entries are still to come (`more`), the last order's line is left out, for its other items
 * may be among them: she never reads a part of an order's sum as the whole.
 */
export function earningLines(
  entries: ProducerLedgerEntry[],
  payouts: ProducerPayoutSummary[],
  { more = false }: { more?: boolean } = {}
): EarningLine[] {
  const references = new Map(payouts.map((payout) => [payout.id, payout.reference]))
  const lines: EarningLine[] = []
  for (const entry of entries) {
    const last = lines.at(-1)
    if (entry.kind === "payout") {
      lines.push({
        kind: "payout",
        id: entry.id,
        currency_code: entry.currency_code,
        amount: entry.amount,
        created_at: entry.created_at,
        reference: (entry.payout_id && references.get(entry.payout_id)) || null,
      })
    } else if (last && last.kind !== "payout" && sameOrderMoment(last, entry)) {
      last.amount += entry.amount
      last.commission += entry.commission
      last.available_at =
        entry.available_at > last.available_at ? entry.available_at : last.available_at
      last.unsettled = last.unsettled || entry.payout_id === null
    } else {
      lines.push({
        kind: entry.kind,
        id: entry.id,
        currency_code: entry.currency_code,
        amount: entry.amount,
        commission: entry.commission,
        created_at: entry.created_at,
        available_at: entry.available_at,
        display_id: entry.display_id,
        producer_order_id: entry.producer_order_id,
        unsettled: entry.payout_id === null,
      })
    }
  }
  const last = lines.at(-1)
  return more && lines.length > 1 && last?.kind !== "payout" ? lines.slice(0, -1) : lines
}
