import type { AdminPayoutPeriod } from "@imece/client"
import { formatMinorPrice, localeTag, type Locale } from "@imece/i18n"
import { COOPERATIVE_TIME_ZONE, type AdminPayoutBatch } from "@imece/types"

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A calendar day as YYYY-MM-DD, as the API takes it. */
export const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(value))

/** The day it is at `at` in the cooperative's time zone, YYYY-MM-DD. */
export function cooperativeDay(at: Date): string {
  const parts = new Intl.DateTimeFormat("en", {
    timeZone: COOPERATIVE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}-${part("day")}`
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The period staff most likely pay next, up to yesterday: from the day after the newest batch's
 * last day (a canceled batch does not count: its earnings wait again), or without one from the
 * 1st of last month.
 */
export function defaultPayoutPeriod(
  batches: Pick<AdminPayoutBatch, "status" | "period_end">[],
  now = new Date()
): AdminPayoutPeriod {
  const today = cooperativeDay(now)
  const period_end = addDays(today, -1)
  const lastEnd = batches
    .filter((batch) => batch.status !== "canceled")
    .map((batch) => batch.period_end.slice(0, 10))
    .sort()
    .at(-1)
  const [year, month] = today.split("-").map(Number)
  const firstOfLastMonth = new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10)
  const start = lastEnd ? addDays(lastEnd, 1) : firstOfLastMonth
  return { period_start: start < period_end ? start : period_end, period_end }
}

/**
 * A day of a period as the reader writes dates. Periods are whole UTC days (a batch's end is the
 * last moment of its day), so the day is read in UTC, not in the browser's zone.
 */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(new Date(`${day.slice(0, 10)}T00:00:00.000Z`))
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
