import type { HttpTypes } from "@medusajs/types"
import type { StoreProducer } from "@imece/types"

/** The lines of one producer's parcel, with what they cost together. */
export interface CartGroup {
  /** Null for lines whose product has no producer (the cooperative's own). */
  producer: StoreProducer | null
  items: HttpTypes.StoreCartLineItem[]
  subtotal: number
}

/**
 * Her cart as the parcels it will travel in: one group per producer, in the order she first
 * added something of hers. `producerOf` maps a product id to its maker.
 */
export function groupCartByProducer(
  items: HttpTypes.StoreCartLineItem[],
  producerOf: Map<string, StoreProducer | null>
): CartGroup[] {
  const groups = new Map<string, CartGroup>()
  // Dates arrive as ISO strings whatever the type says.
  const addedAt = (item: HttpTypes.StoreCartLineItem) => new Date(item.created_at ?? 0).getTime()
  const ordered = [...items].sort((a, b) => addedAt(a) - addedAt(b))
  for (const item of ordered) {
    const producer = (item.product_id && producerOf.get(item.product_id)) || null
    const key = producer?.id ?? "cooperative"
    const group = groups.get(key) ?? { producer, items: [], subtotal: 0 }
    group.items.push(item)
    group.subtotal += Number(item.total ?? item.unit_price * item.quantity)
    groups.set(key, group)
  }
  return [...groups.values()]
}
