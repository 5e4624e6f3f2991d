import { z } from "@medusajs/framework/zod"
import { requestBody } from "../../../utils/validators"

/** The largest order number Postgres keeps in Medusa's `display_id` column (an integer). */
const MAX_DISPLAY_ID = 2_147_483_647

const ORDER_NUMBER_MESSAGE = "Give the order number from your receipt, e.g. 1042."

/** Latin, Persian (۰–۹) and Arabic-Indic (٠–٩) digits only, as she may type them on a phone. */
const TYPED_DIGITS = /^[0-9۰-۹٠-٩]+$/

const toWesternDigits = (text: string) =>
  text.replace(/[۰-۹٠-٩]/g, (digit) => String(digit.charCodeAt(0) % 16))

/** A string of digits becomes its number; anything else is left for the number check to refuse. */
const typedNumber = (value: unknown) =>
  typeof value === "string" && TYPED_DIGITS.test(value.trim())
    ? Number(toWesternDigits(value.trim()))
    : value

/**
 * `POST /store/orders/lookup`: the e-mail she checked out with (in any case) and the order
 * number on her receipt, as a number or as the digits she typed.
 */
export const StoreLookupOrder = requestBody(
  z
    .object({
      email: z.string().trim().toLowerCase().email().max(254),
      display_id: z.preprocess(
        typedNumber,
        z
          .number({ error: ORDER_NUMBER_MESSAGE })
          .int(ORDER_NUMBER_MESSAGE)
          .positive(ORDER_NUMBER_MESSAGE)
          .max(MAX_DISPLAY_ID, ORDER_NUMBER_MESSAGE)
      ),
    })
    .strict()
)
export type StoreLookupOrderType = z.infer<typeof StoreLookupOrder>
