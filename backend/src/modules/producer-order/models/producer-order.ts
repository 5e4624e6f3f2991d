import { model } from "@medusajs/framework/utils"
import type { ProducerOrderStatus } from "@imece/types"
import { ProducerOrderItem } from "./producer-order-item"

export const PRODUCER_ORDER_STATUSES = [
  "new",
  "preparing",
  "shipped",
  "delivered",
  "canceled",
] as const satisfies readonly ProducerOrderStatus[]

/**
 * One producer's part of a shopper's order: her items only, with what she needs to prepare and
 * ship them. The shopper's order stays Medusa's; this is linked to it, one per producer.
 */
export const ProducerOrder = model
  .define("producer_order", {
    id: model.id({ prefix: "pord" }).primaryKey(),
    order_id: model.text(),
    producer_id: model.text(),
    /** Medusa's order number, so she and the shopper speak of the same order. */
    display_id: model.number(),
    status: model.enum([...PRODUCER_ORDER_STATUSES]).default("new"),
    currency_code: model.text(),
    items: model.hasMany(() => ProducerOrderItem, { mappedBy: "producer_order" }),
    /** The sum of her items' totals, in the currency's main unit. */
    subtotal: model.bigNumber(),
    /** The cooperative's commission in force when the order was placed, in basis points. */
    commission_bps: model.number().default(0),
    carrier: model.text().nullable(),
    tracking_number: model.text().nullable(),
    fulfillment_id: model.text().nullable(),
    shipped_at: model.dateTime().nullable(),
    delivered_at: model.dateTime().nullable(),
  })
  .indexes([
    // Splitting an order twice cannot give her two parts.
    { on: ["order_id", "producer_id"], unique: true },
    { on: ["producer_id", "status"] },
  ])
