/**
 * Why Medusa refused a change to the cart or its completion, in the few cases a shopper can act
 * on. Medusa words these in English for developers ("Some variant does not have the required
 * inventory", "Not enough stock available for item …"); the pages say them in her language.
 */
export type CartRefusal = "sold-out" | "on-vacation" | "other"

export function cartRefusalOf(error: unknown): CartRefusal {
  const message = error instanceof Error ? error.message : ""
  if (/required inventory|not enough stock|insufficient/i.test(message)) {
    return "sold-out"
  }
  if (/on vacation/i.test(message)) {
    return "on-vacation"
  }
  return "other"
}
