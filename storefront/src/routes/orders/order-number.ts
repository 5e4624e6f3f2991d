import { toWesternDigits } from "@imece/i18n"

/** The highest order number the store keeps (Medusa's `display_id` is a Postgres integer). */
const MAX_ORDER_NUMBER = 2_147_483_647

/**
 * The order number as she copies it from her receipt: "#1042", "1 042" or in Persian digits
 * ("۱۰۴۲"). Null when it is not a whole number the store could have given.
 */
export function readOrderNumber(typed: string): number | null {
  const digits = toWesternDigits(typed).replace(/[\s#]/g, "")
  if (!/^\d+$/.test(digits)) {
    return null
  }
  const number = Number(digits)
  return number >= 1 && number <= MAX_ORDER_NUMBER ? number : null
}
