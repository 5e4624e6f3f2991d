import { ApiError, errorCodeOf } from "@imece/client"
import type { ErrorCode } from "@imece/types"

/**
 * Why Medusa refused a change to the cart or its completion, in the case a shopper can act on
 * that Medusa words only in English for developers ("Some variant does not have the required
 * inventory", "Not enough stock available for item …"); the pages say it in her language.
 * The marketplace's own refusals carry a code, which `describeError` says.
 */
export type CartRefusal = "sold-out" | "other"

export function cartRefusalOf(error: unknown): CartRefusal {
  const message = error instanceof Error ? error.message : ""
  return /required inventory|not enough stock|insufficient/i.test(message) ? "sold-out" : "other"
}

/**
 * Refusals of a piece that can no longer be bought: its shop closed, she is on vacation, or the
 * last one was sold.
 */
const UNAVAILABLE: ErrorCode[] = [
  "product_unavailable",
  "producer_on_vacation",
  "producer_away",
  "cart_item_sold_out",
]

/**
 * The line of her cart a refusal names because it can no longer be bought, so the page can
 * offer to take it out; null when the refusal is about something else.
 */
export function unavailableLineOf(error: unknown): { id: string; product: string } | null {
  const code = errorCodeOf(error)
  if (!(error instanceof ApiError) || !code || !UNAVAILABLE.includes(code)) {
    return null
  }
  const { line_item_id: id, product } = error.params
  return typeof id === "string" ? { id, product: String(product ?? "") } : null
}
