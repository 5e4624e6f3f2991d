import { model } from "@medusajs/framework/utils"

/**
 * The part of one shopper refund that falls on one order line, in minor units. Kept for every
 * line, earned or not: a line refunded before delivery earns only what is left of it, and a
 * line is never refunded beyond what was paid for it.
 */
export const RefundAllocation = model
  .define("refund_allocation", {
    id: model.id({ prefix: "rfal" }).primaryKey(),
    refund_id: model.text(),
    producer_order_item_id: model.text(),
    gross: model.bigNumber(),
  })
  .indexes([
    { on: ["refund_id", "producer_order_item_id"], unique: true },
    { on: ["producer_order_item_id"] },
  ])
