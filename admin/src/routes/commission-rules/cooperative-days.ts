import { localeTag, type Locale } from "@imece/i18n"
import { COOPERATIVE_TIME_ZONE } from "@imece/types"

/**
 * Today in the cooperative's calendar (Türkiye) as `YYYY-MM-DD`: the earliest day a rule may
 * start, whatever the staff member's own time zone.
 */
export function cooperativeToday(now: Date = new Date()): string {
  // Canadian English writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: COOPERATIVE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now)
}

/** The day a rule starts, as the cooperative counts days. */
export function formatCooperativeDay(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    dateStyle: "medium",
    timeZone: COOPERATIVE_TIME_ZONE,
  }).format(new Date(instant))
}
