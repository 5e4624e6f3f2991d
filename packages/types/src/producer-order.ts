/** Her part of an order moves `new → preparing → shipped → delivered`. */
export const PRODUCER_ORDER_STATUSES = [
  "new",
  "preparing",
  "shipped",
  "delivered",
  "canceled",
] as const
export type ProducerOrderStatus = (typeof PRODUCER_ORDER_STATUSES)[number]

export interface ProducerOrderItem {
  line_item_id: string
  variant_id: string | null
  product_id: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  /** Main units of `currency_code` (lira, euro). */
  unit_price: number
  total: number
  /**
   * The cooperative's commission on this line in basis points (250 = 2.5 %): the commission
   * rule in force for this product and maker when the order was placed, kept with the line so a
   * later rule never changes it.
   */
  commission_bps: number
  /** The cooperative's share of this line and what she earns from it (main units). */
  commission?: number
  earning?: number
}

/** What she needs to prepare and ship her part: where, to whom, how to reach her. */
export interface ProducerOrderShipping {
  first_name: string | null
  last_name: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}

/**
 * Her part of a shopper's order. It carries no id of the shopper's order: with one, her order
 * page and its address were a guess away for anyone the id reached.
 */
export interface ProducerOrder {
  id: string
  display_id: number
  status: ProducerOrderStatus
  currency_code: string
  items: ProducerOrderItem[]
  subtotal: number
  /**
   * The cooperative-level commission in force when the order was placed, in basis points (250 =
   * 2.5 %): its default rule, without category or producer overrides. What each line is charged
   * is the line's own `commission_bps`.
   */
  commission_bps: number
  /** What she earns from her part, commission taken. */
  earnings?: number
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  delivered_at: string | null
  created_at: string
  shipping_address?: ProducerOrderShipping | null
}

export interface ProducerOrderResponse {
  order: ProducerOrder
}

export interface ProducerOrderListResponse {
  orders: ProducerOrder[]
  count: number
  offset: number
  limit: number
}

/** Her first screen: what to do today. */
export interface ProducerDashboard {
  /** Orders waiting for her to start. */
  new_orders: number
  /** Orders she is preparing, to hand to the carrier. */
  orders_to_ship: number
  /** Products on sale with few units left (made-to-order ones never run out). */
  low_stock: { product_id: string; variant_id: string; title: string; available: number }[]
}

export interface ProducerDashboardResponse {
  dashboard: ProducerDashboard
}

/**
 * What a shopper sees of one producer's part of her order (`fields=*producer_orders` on
 * `/store/orders`): where it stands and how to follow the parcel.
 */
export interface StoreProducerOrderPart {
  id: string
  producer_id: string
  status: ProducerOrderStatus
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  delivered_at: string | null
  items?: { line_item_id: string }[]
}
