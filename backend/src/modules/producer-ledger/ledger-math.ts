import { MedusaError } from "@medusajs/framework/utils"

/**
 * The arithmetic of producers' money, apart from storage so that it can be checked against
 * random histories (ledger-math.unit.spec.ts). Every amount here is an integer in the
 * currency's minor unit (kuruş, cent; a rial has none in use), never a float of lira.
 */

/** Digits after the decimal point the cooperative uses per currency; two unless named here. */
const MINOR_DIGITS: Record<string, number> = { irr: 0 }

export function minorDigits(currencyCode: string): number {
  return MINOR_DIGITS[currencyCode.toLowerCase()] ?? 2
}

/** An amount in the main unit (as Medusa keeps orders) in minor units, rounded half up. */
export function toMinor(amount: number | string, currencyCode: string): number {
  const minor = Math.round(Number(amount) * 10 ** minorDigits(currencyCode))
  assertWhole(minor)
  return minor
}

export function toMain(minor: number, currencyCode: string): number {
  return minor / 10 ** minorDigits(currencyCode)
}

function assertWhole(minor: number) {
  if (!Number.isSafeInteger(minor)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${minor} is not a whole amount in minor units`
    )
  }
}

export interface Share {
  /** What the producer earns. */
  amount: number
  /** What the cooperative keeps. */
  commission: number
}

/**
 * A line's gross split at its commission rate: the commission rounded half up to a whole minor
 * unit, her earning the rest, so that the two always add up to the gross exactly.
 */
export function splitGross(gross: number, commissionBps: number): Share {
  assertWhole(gross)
  const commission = Math.round((gross * commissionBps) / 10_000)
  return { amount: gross - commission, commission }
}

/**
 * Spreads a refund over an order's lines in proportion to what each can still give back, by
 * largest remainder so the parts are whole and add up to the refund. A refund larger than all
 * lines together (shipping refunded too) gives each line at most what it has; the rest is not
 * the producers' to bear.
 */
export function allocateRefund(
  lines: { id: string; refundable: number }[],
  refund: number
): Map<string, number> {
  assertWhole(refund)
  const open = lines.filter((line) => line.refundable > 0)
  const total = open.reduce((sum, line) => sum + line.refundable, 0)
  const allocation = new Map<string, number>(lines.map((line) => [line.id, 0]))
  if (refund <= 0 || total === 0) {
    return allocation
  }
  if (refund >= total) {
    for (const line of open) {
      allocation.set(line.id, line.refundable)
    }
    return allocation
  }
  const exact = open.map((line) => ({ id: line.id, share: (refund * line.refundable) / total }))
  let left = refund
  for (const { id, share } of exact) {
    allocation.set(id, Math.floor(share))
    left -= Math.floor(share)
  }
  const byRemainder = [...exact].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share))
  )
  for (const { id } of byRemainder.slice(0, left)) {
    allocation.set(id, (allocation.get(id) ?? 0) + 1)
  }
  return allocation
}

export type LedgerEntryKind = "earning" | "reversal" | "payout"

/** What the balance arithmetic needs of a ledger entry. */
export interface LedgerLine {
  id: string
  producer_id: string
  currency_code: string
  kind: LedgerEntryKind
  /** Signed from her side: earnings add, reversals and payouts take away. */
  amount: number
  /** The cooperative's share beside an earning (and its reversal), signed the same way. */
  commission: number
  available_at: Date
  /** For earnings and reversals: the payout that settles them, once a batch is confirmed. */
  payout_id: string | null
}

/**
 * Entries of one producer summed where the rules below cannot tell them apart: one currency,
 * one kind, one payout, all available at a moment or none. The rules give the same answer on
 * such sums as on the entries, so a balance can be read without loading every entry.
 */
export type LedgerSum = Pick<
  LedgerLine,
  "currency_code" | "kind" | "amount" | "commission" | "available_at" | "payout_id"
>

/** Her balance: the sum of her ledger, whatever has or has not been paid out yet. */
export function balanceOf(entries: Pick<LedgerLine, "amount">[]): number {
  return entries.reduce((sum, entry) => sum + entry.amount, 0)
}

function unsettled(entry: LedgerSum) {
  return entry.kind !== "payout" && entry.payout_id === null
}

/** Earnings and reversals no payout has settled that are available at `at`. */
export function payableEntries<T extends LedgerSum>(entries: T[], at: Date): T[] {
  return entries.filter((entry) => unsettled(entry) && entry.available_at <= at)
}

/** What the cooperative still holds back at `at`: earnings inside their holding period. */
export function heldOf(entries: LedgerSum[], at: Date): number {
  return entries
    .filter((entry) => unsettled(entry) && entry.available_at > at)
    .reduce((sum, entry) => sum + entry.amount, 0)
}

export interface ProposedPayout {
  producer_id: string
  currency_code: string
  amount: number
  entry_ids: string[]
}

/**
 * Each producer's payout for a batch, per currency: everything available by the period's end
 * and not yet settled. A total of zero or less (a refund larger than what she earned since)
 * is not paid; those entries wait for the next batch.
 */
export function proposePayouts(entries: LedgerLine[], periodEnd: Date): ProposedPayout[] {
  const groups = new Map<string, ProposedPayout>()
  for (const entry of payableEntries(entries, periodEnd)) {
    const key = `${entry.producer_id}\u0000${entry.currency_code}`
    const group = groups.get(key) ?? {
      producer_id: entry.producer_id,
      currency_code: entry.currency_code,
      amount: 0,
      entry_ids: [],
    }
    group.amount += entry.amount
    group.entry_ids.push(entry.id)
    groups.set(key, group)
  }
  return [...groups.values()]
    .filter((payout) => payout.amount > 0)
    .sort((a, b) =>
      a.producer_id === b.producer_id
        ? a.currency_code.localeCompare(b.currency_code)
        : a.producer_id.localeCompare(b.producer_id)
    )
}
