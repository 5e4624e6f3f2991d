import type { ProducerOrderStatus } from "@imece/types"

/** What she does with her part, and the status each step leads from and to. */
export const PRODUCER_ORDER_TRANSITIONS = {
  prepare: { from: "new", to: "preparing" },
  ship: { from: "preparing", to: "shipped" },
  deliver: { from: "shipped", to: "delivered" },
} as const satisfies Record<string, { from: ProducerOrderStatus; to: ProducerOrderStatus }>

export type ProducerOrderAction = keyof typeof PRODUCER_ORDER_TRANSITIONS
