import {
  addDays,
  cooperativeDayOf,
  cooperativeMonthOf,
  DEFAULT_COOPERATIVE_TIME_ZONE,
} from "../../src/utils/cooperative-calendar"

/**
 * The day `offset` days from today as the cooperative counts days (Istanbul's clock unless a
 * test sets another): from 21:00 UTC it is already tomorrow there, and periods of money end on
 * its days, not UTC's.
 */
export const cooperativeDay = (offset = 0) =>
  addDays(cooperativeDayOf(new Date(), DEFAULT_COOPERATIVE_TIME_ZONE), offset)

/** The cooperative's month ("2026-12") an instant falls in. */
export const cooperativeMonth = (instant: Date | string) =>
  cooperativeMonthOf(new Date(instant), DEFAULT_COOPERATIVE_TIME_ZONE)
