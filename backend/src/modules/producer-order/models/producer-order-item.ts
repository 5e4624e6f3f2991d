import { model } from "@medusajs/framework/utils"
import { ProducerOrder } from "./producer-order"

/** One line of her part as it was sold; earnings and commission are reckoned per line. */
export const ProducerOrderItem = model.define("producer_order_item", {
  id: model.id({ prefix: "porditem" }).primaryKey(),
  producer_order: model.belongsTo(() => ProducerOrder, { mappedBy: "items" }),
  line_item_id: model.text(),
  variant_id: model.text().nullable(),
  product_id: model.text().nullable(),
  title: model.text(),
  variant_title: model.text().nullable(),
  thumbnail: model.text().nullable(),
  quantity: model.number(),
  /** In the currency's main unit (lira, euro), as Medusa keeps order amounts. */
  unit_price: model.bigNumber(),
  total: model.bigNumber(),
  /**
   * The cooperative's commission on this line in basis points: the commission rule in force for
   * this product and its maker when the order was placed. Kept here so a later rule never
   * changes what an order already placed earns her.
   */
  commission_bps: model.number().default(0),
})
