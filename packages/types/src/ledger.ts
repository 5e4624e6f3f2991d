/** Money on the producers' ledger: whole minor units (kuruş, cent) with their currency. */

export type LedgerEntryKind = "earning" | "reversal" | "payout"

/** One movement of her money, as she reads it. */
export interface ProducerLedgerEntry {
  id: string
  kind: LedgerEntryKind
  currency_code: string
  /** Hers, signed: an earning adds, a reversal (a refund or return) and a payout take away. */
  amount: number
  /** The cooperative's commission beside an earning or reversal. */
  commission: number
  /** When a payout may include it (after delivery and the holding period). */
  available_at: string
  created_at: string
  /** Medusa's order number the entry comes from, when it comes from an order. */
  display_id: number | null
  producer_order_id: string | null
  /** The payout that includes it, once a batch is confirmed. */
  payout_id: string | null
}

/** Her money in one currency. */
export interface ProducerBalance {
  currency_code: string
  /** The sum of her ledger. */
  balance: number
  /** Part of the balance a payout may include now. */
  payable: number
  /** Earned but inside the holding period after delivery. */
  held: number
  /** In a confirmed batch, on its way to her account. */
  on_the_way: number
}

export interface ProducerPayoutSummary {
  id: string
  reference: string
  status: PayoutBatchStatus
  currency_code: string
  amount: number
  paid_at: string | null
  created_at: string
}

/** One page of her history; 20 entries unless asked, at most 100. */
export interface ProducerEarningsParams {
  limit?: number
  offset?: number
}

export interface ProducerEarningsResponse {
  /** Days after delivery the cooperative holds an earning before it may be paid. */
  holding_days: number
  /**
   * Over her whole ledger, one per currency she has entries in: first the currency she sells in
   * most often, then the others.
   */
  balances: ProducerBalance[]
  /** One page of her entries, newest first. */
  entries: ProducerLedgerEntry[]
  /** How many entries her whole ledger holds. */
  count: number
  offset: number
  limit: number
  payouts: ProducerPayoutSummary[]
}

export type PayoutBatchStatus = "confirmed" | "paid" | "canceled"

/** One producer's line in a proposal or a batch; staff see her IBAN masked. */
export interface AdminPayoutLine {
  producer_id: string
  producer_name: string
  currency_code: string
  amount: number
  iban_masked: string | null
}

export interface AdminPayoutProposal {
  period_start: string
  period_end: string
  /** Paid when the batch is confirmed. */
  payouts: AdminPayoutLine[]
  /** Earnings waiting because the producer has given no IBAN yet. */
  without_iban: AdminPayoutLine[]
  totals: { currency_code: string; amount: number }[]
}

export interface AdminPayoutBatch {
  id: string
  reference: string
  status: PayoutBatchStatus
  period_start: string
  period_end: string
  created_at: string
  paid_at: string | null
  payouts: (AdminPayoutLine & { id: string })[]
  totals: { currency_code: string; amount: number }[]
}

export interface AdminPayoutBatchResponse {
  payout_batch: AdminPayoutBatch
}

export interface AdminPayoutBatchListResponse {
  payout_batches: AdminPayoutBatch[]
  count: number
  offset: number
  limit: number
}

/**
 * `GET /admin/producer-ledger/totals`: the ledger's entries booked in a period of UTC days, summed
 * per currency, in minor units and signed as the ledger keeps them (from the producers' side).
 * `gross`, `commission` and `net` equal the impact report's income for the same days.
 */
export interface AdminProducerLedgerTotals {
  currency_code: string
  /** Σ (amount + commission) of earnings and reversals: delivered lines less refunds. */
  gross: number
  /** Σ commission of earnings and reversals: the cooperative's share. */
  commission: number
  /** Σ amount of earnings and reversals: what the producers earned; gross − commission. */
  net: number
  /**
   * Σ (amount + commission) of reversals alone, 0 or negative: what refunds of delivered lines
   * took back, already counted in `gross` (gross − reversals is what deliveries earned).
   */
  reversals: number
  /**
   * Σ amount of payouts, 0 or negative: money sent to producers. net + payouts is how much the
   * producers' balances changed over the period.
   */
  payouts: number
}

/** Both or neither: without them, the last 12 calendar months up to today, as for the report. */
export interface AdminProducerLedgerTotalsParams {
  /** YYYY-MM-DD, both days included. */
  from?: string
  to?: string
}

export interface AdminProducerLedgerTotalsResponse {
  /** The days summed, the default filled in. */
  period: { from: string; to: string }
  /** One entry per currency with an entry booked in the period, by currency code. */
  totals: AdminProducerLedgerTotals[]
}
