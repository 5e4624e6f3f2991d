import type { AdminPayoutPeriod } from "@imece/client"
import { addDays, cooperativeDayOf, formatMinorPrice, type Locale } from "@imece/i18n"
import type { AdminPayoutBatch } from "@imece/types"

/**
 * The period staff most likely pay next, up to yesterday: from the day after the newest batch's
 * last day (a canceled batch does not count: its earnings wait again), or without one from the
 * 1st of last month.
 */
export function defaultPayoutPeriod(
  batches: Pick<AdminPayoutBatch, "status" | "period_end">[],
  timeZone: string,
  now = new Date()
): AdminPayoutPeriod {
  const today = cooperativeDayOf(now, timeZone)
  const period_end = addDays(today, -1)
  const lastEnd = batches
    .filter((batch) => batch.status !== "canceled")
    .map((batch) => cooperativeDayOf(new Date(batch.period_end), timeZone))
    .sort()
    .at(-1)
  const [year, month] = today.split("-").map(Number)
  const firstOfLastMonth = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10)
  const start = lastEnd ? addDays(lastEnd, 1) : firstOfLastMonth
  return { period_start: start < period_end ? start : period_end, period_end }
}

/** Each currency's total, "₺1.710,00 · €20,00"; amounts in minor units. */
export function formatTotals(
  totals: { currency_code: string; amount: number }[],
  locale: Locale
): string {
  return totals.length
    ? totals.map((total) => formatMinorPrice(total.amount, total.currency_code, locale)).join(" · ")
    : "–"
}

/** How many producers some payout lines pay (one may be paid in two currencies). */
export const producerCount = (lines: { producer_id: string }[]) =>
  new Set(lines.map((line) => line.producer_id)).size
