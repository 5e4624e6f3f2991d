import { model } from "@medusajs/framework/utils"

/** The cooperative's own rules, one row, changed by administrators only. */
export const CooperativeSettings = model.define("cooperative_settings", {
  id: model.id({ prefix: "coopset" }).primaryKey(),
  /** When on, a new or materially changed product waits for staff before it is on sale. */
  product_moderation: model.boolean().default(false),
  /** The cooperative's share of each sale, in basis points (250 = 2.5 %); whole numbers only. */
  commission_bps: model.number().default(0),
  /**
   * Days after her part is delivered before its earning may be paid out, so that a return
   * within that time is settled before the money leaves; 0 pays on delivery.
   */
  earning_holding_days: model.number().default(0),
  /**
   * The IANA time zone whose days and months every period is made of: payout periods, the
   * impact report, commission rules, vacations. Türkiye's unless an administrator moves it.
   */
  time_zone: model.text().default("Europe/Istanbul"),
})
