import { model } from "@medusajs/framework/utils"
import type { CommissionRuleScope } from "@imece/types"

export const COMMISSION_RULE_SCOPES = [
  "cooperative",
  "category",
  "producer",
] as const satisfies readonly CommissionRuleScope[]

/**
 * The cooperative's share of a sale from a day on: its default, or an override for one product
 * category or one producer. Rules are never edited: a new rule from a later date replaces one,
 * and only a rule not yet in force may be removed, so the rate each order line was placed at
 * (kept with the line) always had a rule behind it.
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "comrule" }).primaryKey(),
    scope: model.enum([...COMMISSION_RULE_SCOPES]),
    /** The product category's or the producer's id; none for the cooperative's default. */
    target_id: model.text().nullable(),
    /** In basis points: 750 is 7.5 %. */
    rate_bps: model.number(),
    /** The first moment it applies: midnight of its first day in the cooperative's time zone. */
    valid_from: model.dateTime(),
    /** The administrator (Medusa user id) who added it. */
    created_by: model.text(),
  })
  .indexes([{ on: ["scope", "target_id", "valid_from"] }])
  .checks([
    {
      name: "commission_rule_rate_bps_range",
      expression: (columns) => `${columns.rate_bps} >= 0 AND ${columns.rate_bps} <= 10000`,
    },
    {
      name: "commission_rule_target_matches_scope",
      expression: (columns) =>
        `(${columns.scope} = 'cooperative') = (${columns.target_id} IS NULL)`,
    },
  ])
