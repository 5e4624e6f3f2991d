/**
 * The periods staff pick for the impact report. The API reads whole days as YYYY-MM-DD; presets
 * are reckoned from today as the staff member's calendar shows it.
 */

export const IMPACT_PRESETS = ["last3", "last6", "last12", "thisYear"] as const
export type ImpactPreset = (typeof IMPACT_PRESETS)[number]
export const DEFAULT_PRESET: ImpactPreset = "last12"
/** A report covers at most three years, as the API allows. */
export const MAX_PERIOD_YEARS = 3

export interface ImpactPeriod {
  from: string
  to: string
}

const pad = (value: number) => String(value).padStart(2, "0")

/** A calendar day as YYYY-MM-DD, in the reader's own time zone. */
export const toDay = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/** The first of the month `monthsBack` months before `today`'s. */
const firstOfMonth = (today: Date, monthsBack: number) =>
  new Date(today.getFullYear(), today.getMonth() - monthsBack, 1)

/**
 * "Last 3 months" is this month and the two before it, up to today: whole calendar months, so
 * the monthly chart has no half months at its start.
 */
export function presetPeriod(preset: ImpactPreset, today: Date): ImpactPeriod {
  const to = toDay(today)
  switch (preset) {
    case "last3":
      return { from: toDay(firstOfMonth(today, 2)), to }
    case "last6":
      return { from: toDay(firstOfMonth(today, 5)), to }
    case "last12":
      return { from: toDay(firstOfMonth(today, 11)), to }
    case "thisYear":
      return { from: `${today.getFullYear()}-01-01`, to }
  }
}

export const isPreset = (value: string | null): value is ImpactPreset =>
  IMPACT_PRESETS.some((preset) => preset === value)

/** A YYYY-MM-DD that is a day of the calendar (not 2026-02-30). */
export function isDay(value: string | null | undefined): value is string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? "")
  if (!match) {
    return false
  }
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** Why two chosen days do not make a period the API reports; null when they do. */
export function periodProblem(
  from: string,
  to: string
): "incomplete" | "fromAfterTo" | "tooLong" | null {
  if (!isDay(from) || !isDay(to)) {
    return "incomplete"
  }
  if (from > to) {
    return "fromAfterTo"
  }
  const [year, rest] = [Number(from.slice(0, 4)), from.slice(4)]
  return to >= `${year + MAX_PERIOD_YEARS}${rest}` ? "tooLong" : null
}
