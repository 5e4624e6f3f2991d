/**
 * Earnings and refunds of one shopper order take turns: a refund arriving while her part is
 * being booked as delivered must see the earning, or be seen by it, never neither.
 */
export const ledgerLockKey = (orderId: string) => `producer-ledger:order:${orderId}`

/** Confirming a payout batch takes the whole ledger's turn: two batches never share an earning. */
export const PAYOUT_LOCK_KEY = "producer-ledger:payouts"
