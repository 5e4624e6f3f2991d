import type { StoreOrderWithParts } from "@imece/client"

/** Where an order stands as a whole, told in a word in her order history. */
export type OrderProgress =
  "received" | "preparing" | "partlyShipped" | "shipped" | "delivered" | "canceled"

/**
 * Each producer sends her own parcel, so an order stands where its parcels do: delivered once
 * every parcel is, shipped once every parcel is on its way, partly shipped while some are.
 * Canceled parcels do not count, unless the whole order is canceled.
 */
export function orderProgress(
  order: Pick<StoreOrderWithParts, "status" | "producer_orders">
): OrderProgress {
  const parts = order.producer_orders ?? []
  const live = parts.filter((part) => part.status !== "canceled")
  if (order.status === "canceled" || (parts.length > 0 && live.length === 0)) {
    return "canceled"
  }
  const sent = live.filter((part) => part.status === "shipped" || part.status === "delivered")
  if (live.length > 0 && live.every((part) => part.status === "delivered")) {
    return "delivered"
  }
  if (live.length > 0 && sent.length === live.length) {
    return "shipped"
  }
  if (sent.length > 0) {
    return "partlyShipped"
  }
  if (live.some((part) => part.status === "preparing")) {
    return "preparing"
  }
  return "received"
}
