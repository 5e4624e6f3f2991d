import { MedusaError } from "@medusajs/framework/utils"
import {
  cooperativeDayOf,
  cooperativeMonthOf,
  startOfCooperativeDay,
  startOfNextCooperativeDay,
} from "../../../utils/cooperative-calendar"

/*
 * The period an impact report covers: whole days of the cooperative's calendar, `from` and `to`
 * both included. Pure date arithmetic, shared by the query validator and the report.
 */

export const DAY_MS = 24 * 60 * 60 * 1000
/** The longest period one report covers. */
export const MAX_PERIOD_YEARS = 3
/** Without dates, the report covers this many calendar months, the current one included. */
export const DEFAULT_PERIOD_MONTHS = 12

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

export interface ImpactPeriodInput {
  /** YYYY-MM-DD. */
  from: string
  to: string
}

/** This YYYY-MM-DD day as a UTC midnight (for date arithmetic), or null when it is not a calendar day. */
export function parseDay(text: string): Date | null {
  const match = DATE_PATTERN.exec(text)
  if (!match) {
    return null
  }
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  // 2026-02-30 rolls over to March: not a day of the calendar.
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : null
}

/** YYYY-MM-DD of a moment's UTC day. */
export const formatDay = (date: Date) => date.toISOString().slice(0, 10)

/** YYYY-MM of a calendar date (a UTC midnight, as `parseDay` answers). */
const formatMonth = (date: Date) => date.toISOString().slice(0, 7)

/**
 * YYYY-MM of the cooperative's month a moment falls in: an order placed at 23:30 in Istanbul on
 * the last day of a month belongs to that month, as the municipality's reports count it.
 */
export const monthOf = (moment: Date, timeZone: string) => cooperativeMonthOf(moment, timeZone)

/** The same day `years` later (29 February becomes 1 March in a common year). */
function addYears(date: Date, years: number) {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()))
}

/**
 * The last `months` calendar months up to `today`: from the first of the month `months − 1`
 * months back, to today. Twelve months on 29 November 2026 is 2025-12-01 to 2026-11-29.
 */
export function defaultPeriod(
  now: Date,
  timeZone: string,
  months = DEFAULT_PERIOD_MONTHS
): ImpactPeriodInput {
  const today = cooperativeDayOf(now, timeZone)
  const [year, month] = today.split("-").map(Number)
  const from = new Date(Date.UTC(year, month - 1 - (months - 1), 1))
  return { from: formatDay(from), to: today }
}

/**
 * Why a period cannot be reported, in words staff can act on; null when it can. Both dates are
 * assumed to be well-formed days (the validator checks them one by one first).
 */
export function periodProblem({ from, to }: ImpactPeriodInput): string | null {
  const start = parseDay(from)
  const end = parseDay(to)
  if (!start || !end) {
    return null
  }
  if (start > end) {
    return `'from' (${from}) must be on or before 'to' (${to}).`
  }
  if (end >= addYears(start, MAX_PERIOD_YEARS)) {
    return `A report covers at most ${MAX_PERIOD_YEARS} years: ${from} to ${to} is longer. Choose a later 'from' or an earlier 'to'.`
  }
  return null
}

export interface ImpactPeriodBounds {
  from: string
  to: string
  /** The cooperative's time zone, whose days and months the period is made of. */
  timeZone: string
  /** The cooperative's midnight starting `from`. */
  start: Date
  /** The cooperative's midnight after `to`: the period is [start, end). */
  end: Date
  /** What "the last N days" count back from: `end`, or `now` when the period reaches past it. */
  asOf: Date
  /** YYYY-MM of each month the period touches. */
  months: string[]
}

/** The bounds of a valid period, with `now` capping how far "the last 30 days" may reach. */
export function periodBounds(
  { from, to }: ImpactPeriodInput,
  now: Date,
  timeZone: string
): ImpactPeriodBounds {
  const start = parseDay(from)
  const last = parseDay(to)
  if (!start || !last) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Not a period of calendar days: ${from} to ${to}`
    )
  }
  const afterLast = new Date(last.getTime() + DAY_MS)
  const months: string[] = []
  for (
    let month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
    month < afterLast;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    months.push(formatMonth(month))
  }
  const end = startOfNextCooperativeDay(to, timeZone)
  return {
    from,
    to,
    timeZone,
    start: startOfCooperativeDay(from, timeZone),
    end,
    asOf: now < end ? now : end,
    months,
  }
}

/** The period asked for, or without dates the last twelve months, in the cooperative's days. */
export function requestedPeriod(
  { from, to }: Partial<ImpactPeriodInput>,
  now: Date,
  timeZone: string
): ImpactPeriodBounds {
  return periodBounds(from && to ? { from, to } : defaultPeriod(now, timeZone), now, timeZone)
}
