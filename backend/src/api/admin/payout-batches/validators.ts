import { z } from "@medusajs/framework/zod"
import {
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
    .refine((period) => Date.parse(period.period_end) <= Date.now(), {
      message: "period_end must not be in the future: only earnings already available can be paid.",
      path: ["period_end"],
    })
)
export type PayoutPeriodType = z.infer<typeof PayoutPeriod>

export const AdminGetPayoutBatchesParams = createPagedFindParams({ limit: 20 }).strict()
export type AdminGetPayoutBatchesParamsType = z.infer<typeof AdminGetPayoutBatchesParams>

/** Marking a batch paid or canceled takes no input; anything sent is refused. */
export const AdminSettlePayoutBatch = requestBody(z.object({}).strict())

export const AdminGetPayoutBatchParams = z.object({}).strict()

/** The period's first moment: midnight of its first day in the cooperative's time zone. */
export function startOfPeriod(day: string, timeZone: string): Date {
  return startOfCooperativeDay(day, timeZone)
}

/** The period's end as the last moment of its day in the cooperative's time zone. */
export function endOfPeriod(day: string, timeZone: string): Date {
  return new Date(startOfNextCooperativeDay(day, timeZone).getTime() - 1)
}
