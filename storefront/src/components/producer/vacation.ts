import type { StoreProducer } from "@imece/types"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The day she is back when her shop is closed for a holiday at `now`, or null when it is open.
 * The last day of the vacation is a day off too: she is back the day after (as the backend says).
 */
export function vacationReturn(
  producer: Pick<StoreProducer, "vacation_from" | "vacation_until"> | null | undefined,
  now: Date
): Date | "unknown" | null {
  if (!producer || (!producer.vacation_from && !producer.vacation_until)) {
    return null
  }
  const from = producer.vacation_from ? new Date(producer.vacation_from) : null
  const back = producer.vacation_until
    ? new Date(new Date(producer.vacation_until).getTime() + DAY_MS)
    : null
  const away = (!from || from <= now) && (!back || now < back)
  if (!away) {
    return null
  }
  return back ?? "unknown"
}
