import { z } from "@medusajs/framework/zod"
import { OFFLINE_PAYMENT_METHODS } from "../../../modules/payment-offline/methods"
import { startOfCooperativeDay } from "../../../utils/cooperative-calendar"
import { createPagedFindParams, plainText, requestBody } from "../../utils/validators"

export const AdminGetPendingPaymentsParams = createPagedFindParams({ limit: 20 })
  .extend({ method: z.enum(OFFLINE_PAYMENT_METHODS).optional() })
  .strict()
export type AdminGetPendingPaymentsParamsType = z.infer<typeof AdminGetPendingPaymentsParams>

/**
 * A day the money arrived is a day of the cooperative's calendar: in Istanbul "2026-11-29"
 * starts at 2026-11-28T21:00Z. The route turns it into that instant in the cooperative's time
 * zone; the workflow refuses a day of recording in the future.
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

const isRealDay = (day: string) =>
  !Number.isNaN(Date.parse(`${day}T12:00:00Z`)) &&
  new Date(`${day}T12:00:00Z`).toISOString().startsWith(day)

const receivedAt = z
  .string()
  .refine((value) => (DAY.test(value) && isRealDay(value)) || DATE_TIME.test(value), {
    message: "Give the day the money arrived as YYYY-MM-DD (or an ISO date and time).",
  })
  .refine((value) => DAY.test(value) || !Number.isNaN(Date.parse(value)), {
    message: "Give the day the money arrived as YYYY-MM-DD (or an ISO date and time).",
  })

/** The instant money arrived: a day given alone starts at the cooperative's midnight. */
export function receivedInstant(value: string, timeZone: string): Date {
  return DAY.test(value) ? startOfCooperativeDay(value, timeZone) : new Date(value)
}

/** At most two decimals (kuruş, cents), the way a bank statement shows an amount. */
const hasCents = (amount: number) => Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6

/** Money received for an order paid by bank transfer or cash on delivery. */
export const AdminRecordPaymentReceipt = requestBody(
  z
    .object({
      amount: z
        .number()
        .max(100_000_000)
        .refine((amount) => amount > 0, { message: "The amount received must be more than zero." })
        .refine(hasCents, { message: "Write the amount with at most two decimals, e.g. 540.50." }),
      received_at: receivedAt,
      /** The transfer's description on the statement, or the courier's receipt number. */
      reference: plainText(1, 200),
      note: plainText(0, 1000).nullable().optional(),
    })
    .strict()
)
export type AdminRecordPaymentReceiptType = z.infer<typeof AdminRecordPaymentReceipt>
