import { model } from "@medusajs/framework/utils"

/** The cooperative's own rules, one row, changed by administrators only. */
export const CooperativeSettings = model.define("cooperative_settings", {
  id: model.id({ prefix: "coopset" }).primaryKey(),
  /** When on, a new or materially changed product waits for staff before it is on sale. */
  product_moderation: model.boolean().default(false),
  /** The cooperative's share of each sale, in basis points (250 = 2.5 %); whole numbers only. */
  commission_bps: model.number().default(0),
})
