import { cooperativeDayOf, isCalendarDate, localeTag, type Locale } from "@imece/i18n"

/**
 * Today in the cooperative's calendar as `YYYY-MM-DD`, whatever the staff member's own time
 * zone: the earliest day a rule may start, the last day a payout period may end.
 */
export function cooperativeToday(timeZone: string, now: Date = new Date()): string {
  return cooperativeDayOf(now, timeZone)
}

/**
 * A day as the reader writes dates: a `YYYY-MM-DD` day as it is, an instant (a rule's start, a
 * payout batch's first or last moment) as the cooperative's day it falls on, not the browser's.
 */
export function formatCooperativeDay(day: string, locale: Locale, timeZone: string): string {
  const calendarDay = isCalendarDate(day) ? day : cooperativeDayOf(new Date(day), timeZone)
  return new Intl.DateTimeFormat(localeTag(locale), {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(new Date(`${calendarDay}T00:00:00.000Z`))
}
