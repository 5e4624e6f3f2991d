import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { CodedError } from "../../../utils/coded-error"
import {
  cooperativeDayOf,
  startOfCooperativeDay,
  startOfNextCooperativeDay,
} from "../../../utils/cooperative-calendar"
import { createPagedFindParams, requestBody } from "../../utils/validators"

const DAY = /^\d{4}-\d{2}-\d{2}$/

const day = (what: string) =>
  z
    .string()
    .regex(DAY, `${what} must be a date as YYYY-MM-DD.`)
    .refine((value) => !Number.isNaN(Date.parse(value)), `${what} is not a date.`)

/**
 * A payout period: earnings available by the end of `period_end` (its whole day in the cooperative's time zone) and not
 * yet paid, earlier ones too, so that none is left behind. `period_start` names the batch's
 * period for the producers and the bank.
 */
export const PayoutPeriod = requestBody(
  z
    .object({ period_start: day("period_start"), period_end: day("period_end") })
    .strict()
    .refine((period) => period.period_start <= period.period_end, {
      message: "period_start must not be after period_end.",
      path: ["period_start"],
    })
)
export type PayoutPeriodType = z.infer<typeof PayoutPeriod>

export const AdminGetPayoutBatchesParams = createPagedFindParams({ limit: 20 }).strict()
export type AdminGetPayoutBatchesParamsType = z.infer<typeof AdminGetPayoutBatchesParams>

/** Marking a batch paid or canceled takes no input; anything sent is refused. */
export const AdminSettlePayoutBatch = requestBody(z.object({}).strict())

export const AdminGetPayoutBatchParams = z.object({}).strict()

/**
 * Refuses a period that ends after the cooperative's today: only earnings already available
 * can be paid. Today is the cooperative's, not UTC's: from 21:00 UTC it is already tomorrow in
 * Istanbul, and staff choose today's date.
 */
export function refuseFuturePeriodEnd(periodEnd: string, timeZone: string, now = new Date()) {
  if (periodEnd > cooperativeDayOf(now, timeZone)) {
    throw new CodedError(
      MedusaError.Types.INVALID_DATA,
      "payout_period_in_future",
      "period_end must not be in the future: only earnings already available can be paid."
    )
  }
}

/** The period's first moment: midnight of its first day in the cooperative's time zone. */
export function startOfPeriod(day: string, timeZone: string): Date {
  return startOfCooperativeDay(day, timeZone)
}

/** The period's end as the last moment of its day in the cooperative's time zone. */
export function endOfPeriod(day: string, timeZone: string): Date {
  return new Date(startOfNextCooperativeDay(day, timeZone).getTime() - 1)
}
