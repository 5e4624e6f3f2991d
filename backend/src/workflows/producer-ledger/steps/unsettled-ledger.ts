import { MathBN } from "@medusajs/framework/utils"
import type { LedgerLine } from "../../../modules/producer-ledger/ledger-math"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"

/** Earnings and reversals no payout has settled yet, available by `periodEnd`, as plain numbers. */
export async function unsettledLedger(
  ledger: ProducerLedgerModuleService,
  periodEnd: Date
): Promise<LedgerLine[]> {
  const entries = await ledger.listLedgerEntries({
    kind: ["earning", "reversal"],
    payout_id: null,
    available_at: { $lte: periodEnd },
  })
  return entries.map(asLedgerLine)
}

export function asLedgerLine(entry: {
  id: string
  producer_id: string
  currency_code: string
  kind: LedgerLine["kind"]
  amount: unknown
  commission: unknown
  available_at: Date | string
  payout_id: string | null
}): LedgerLine {
  return {
    id: entry.id,
    producer_id: entry.producer_id,
    currency_code: entry.currency_code,
    kind: entry.kind,
    amount: MathBN.convert(entry.amount as number).toNumber(),
    commission: MathBN.convert(entry.commission as number).toNumber(),
    available_at: new Date(entry.available_at),
    payout_id: entry.payout_id,
  }
}
