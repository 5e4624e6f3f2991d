import type { HttpTypes } from "@medusajs/types"

export type Availability =
  | { kind: "made-to-order"; days: number }
  | { kind: "available" }
  | { kind: "in-stock"; quantity: number }
  | { kind: "out-of-stock" }

/**
 * What a shopper can expect of the chosen variant. A made-to-order piece (her shop keeps the days
 * it takes in the product's metadata) is made after the order whatever the stock says; Medusa
 * only counts stock for variants that manage inventory, so the others are always available.
 */
export function availabilityOf(
  variant: HttpTypes.StoreProductVariant | undefined,
  metadata: Record<string, unknown> | null | undefined
): Availability {
  const days = metadata?.made_to_order_days
  if (typeof days === "number" && days > 0) {
    return { kind: "made-to-order", days }
  }
  if (!variant) {
    return { kind: "out-of-stock" }
  }
  if (!variant.manage_inventory || variant.allow_backorder) {
    return { kind: "available" }
  }
  const quantity = variant.inventory_quantity ?? 0
  return quantity > 0 ? { kind: "in-stock", quantity } : { kind: "out-of-stock" }
}
