import type { COOPERATIVE_TIME_ZONE as SharedTimeZone } from "@imece/types"

/**
 * Rules start on a day of the cooperative's calendar (Türkiye), not of the server's or of the
 * staff member's browser. The same name as in `@imece/types`, which the built server cannot load.
 */
export const COOPERATIVE_TIME_ZONE: typeof SharedTimeZone = "Europe/Istanbul"

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/

/** `YYYY-MM-DD` naming a day that exists (no 31 February). */
export function isCalendarDate(text: string): boolean {
  if (!CALENDAR_DATE.test(text)) {
    return false
  }
  const midnight = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(midnight.getTime()) && midnight.toISOString().startsWith(text)
}

/** The day an instant falls on in the time zone, as `YYYY-MM-DD`. */
export function cooperativeDateOf(instant: Date, timeZone: string = COOPERATIVE_TIME_ZONE) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value
  return `${part("year")}-${part("month")}-${part("day")}`
}

/** How far the time zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value)
  const wallClock = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second")
  )
  return wallClock - Math.floor(instant.getTime() / 1000) * 1000
}

/** When a day (`YYYY-MM-DD`) starts in the time zone: midnight there, as an instant. */
export function startOfCooperativeDay(date: string, timeZone: string = COOPERATIVE_TIME_ZONE) {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`)
  // Midnight there is midnight UTC less the zone's offset; asking the offset again at that
  // instant gets days on which the clocks change right.
  const estimate = midnightUtc - offsetAt(new Date(midnightUtc), timeZone)
  return new Date(midnightUtc - offsetAt(new Date(estimate), timeZone))
}
