import { addDays, cooperativeDayOf, DEFAULT_COOPERATIVE_TIME_ZONE } from "@imece/i18n"
import type { StoreProducer } from "@imece/types"

/** A vacation date as she chose it, `YYYY-MM-DD` (stored as that day's UTC midnight). */
const vacationDay = (value: string) => new Date(value).toISOString().slice(0, 10)

/**
 * The day she is back when her shop is closed for a holiday at `now`, or null when it is open.
 * Her days are the cooperative's, as the backend counts them when it refuses her pieces: from
 * 21:00 UTC it is already tomorrow in Istanbul. The last day of the vacation is a day off too:
 * she is back the day after.
 */
export function vacationReturn(
  producer: Pick<StoreProducer, "vacation_from" | "vacation_until"> | null | undefined,
  now: Date,
  timeZone = DEFAULT_COOPERATIVE_TIME_ZONE
): Date | "unknown" | null {
  if (!producer || (!producer.vacation_from && !producer.vacation_until)) {
    return null
  }
  const today = cooperativeDayOf(now, timeZone)
  const from = producer.vacation_from ? vacationDay(producer.vacation_from) : null
  const until = producer.vacation_until ? vacationDay(producer.vacation_until) : null
  const away = (!from || from <= today) && (!until || today <= until)
  if (!away) {
    return null
  }
  return until ? new Date(`${addDays(until, 1)}T00:00:00Z`) : "unknown"
}
