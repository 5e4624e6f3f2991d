import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { PaymentReceiptOutcome } from "@imece/types"

export interface ReceiptBalance {
  /** All the money received, in main units. */
  received: number
  /** Received minus due: below zero when money is missing, above when too much arrived. */
  difference: number
  outcome: PaymentReceiptOutcome
}

/**
 * How the money received for a payment compares with what it is due. Summed as decimals, not
 * floating point, so 100.10 + 440.20 is exactly 540.30.
 */
export function receiptBalance(due: BigNumberInput, received: BigNumberInput[]): ReceiptBalance {
  const total = MathBN.sum(0, ...received)
  const difference = MathBN.sub(total, due)
  return {
    received: total.toNumber(),
    difference: difference.toNumber(),
    outcome: difference.isZero() ? "matched" : difference.isNegative() ? "short" : "over",
  }
}
