/*
 * The cooperative's calendar: every period the backend counts (payout periods, the impact
 * report's days and months, commission rules, vacations, the day money arrived) is made of days
 * of the cooperative's time zone, a setting, not of UTC or of the server's zone. The front ends
 * keep the same functions in `@imece/i18n` (`calendar.ts`); the built server cannot load
 * TypeScript from `packages/`, so this copy is the backend's, with the same tests.
 */

/** Until an administrator chooses another, the cooperative keeps Türkiye's time. */
export const DEFAULT_COOPERATIVE_TIME_ZONE = "Europe/Istanbul"

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/
/** Area/Location names as the IANA database writes them, and UTC; not offsets like "+03:00". */
const ZONE_NAME = /^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/

const formatters = new Map<string, Intl.DateTimeFormat>()

/** One formatter per zone: building one is slow, and reports ask thousands of times. */
function wallClockFormat(timeZone: string) {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    formatters.set(timeZone, format)
  }
  return format
}

function wallClock(instant: Date, timeZone: string) {
  const parts = wallClockFormat(timeZone).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value)
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0")

/** Whether the name is an IANA time zone this runtime knows ("Europe/Istanbul", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!ZONE_NAME.test(name)) {
    return false
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name })
    return true
  } catch {
    // Intl throws a RangeError for a zone it does not know: that is the answer, not a failure.
    return false
  }
}

/** `YYYY-MM-DD` naming a day that exists (no 31 February). */
export function isCalendarDate(text: string): boolean {
  if (!CALENDAR_DATE.test(text)) {
    return false
  }
  const midnight = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().startsWith(text)
}

/** The cooperative's day an instant falls on, `YYYY-MM-DD`. */
export function cooperativeDayOf(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone)
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** The cooperative's month an instant falls in, `YYYY-MM`. */
export function cooperativeMonthOf(instant: Date, timeZone: string): string {
  return cooperativeDayOf(instant, timeZone).slice(0, 7)
}

/** The calendar day `days` after (or before) a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string) {
  const { year, month, day, hour, minute, second } = wallClock(instant, timeZone)
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}

const HOUR_MS = 60 * 60 * 1000

/** The instant a cooperative day (`YYYY-MM-DD`) starts: midnight there, or the first moment after. */
export function startOfCooperativeDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`)
  // Midnight there is midnight UTC less the zone's offset; asking the offset again at that
  // instant gets days on which the clocks change right.
  const estimate = midnightUtc - offsetAt(new Date(midnightUtc), timeZone)
  const candidate = midnightUtc - offsetAt(new Date(estimate), timeZone)
  const startsHere = (at: number) => cooperativeDayOf(new Date(at), timeZone) >= day
  if (startsHere(candidate) && !startsHere(candidate - 1)) {
    return new Date(candidate)
  }
  // Where clocks jump over midnight (Santiago, Havana) the day starts when they land: the first
  // millisecond whose day is this one, found by halving.
  let before = candidate - 6 * HOUR_MS
  let after = candidate + 6 * HOUR_MS
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2)
    if (startsHere(middle)) {
      after = middle
    } else {
      before = middle
    }
  }
  return new Date(after)
}

/** The instant the day after `day` starts: a day is [its start, this). */
export function startOfNextCooperativeDay(day: string, timeZone: string): Date {
  return startOfCooperativeDay(addDays(day, 1), timeZone)
}
