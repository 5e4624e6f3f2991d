/**
 * What a commission rule applies to: the cooperative's default, one product category, or one
 * producer. For an order line the producer's rule wins over a category's, a category's over the
 * default.
 */
export const COMMISSION_RULE_SCOPES = ["cooperative", "category", "producer"] as const
export type CommissionRuleScope = (typeof COMMISSION_RULE_SCOPES)[number]

/**
 * Where a rule stands today: not started yet (`scheduled`, the only kind that can be removed),
 * the one in force for its scope and target, or replaced by a later one (`superseded`).
 */
export const COMMISSION_RULE_STATUSES = ["scheduled", "in_force", "superseded"] as const
export type CommissionRuleStatus = (typeof COMMISSION_RULE_STATUSES)[number]

/**
 * Days are the cooperative's: a rule "from 1 December" starts at midnight in Türkiye, wherever
 * the staff member or the server is.
 */
export const COOPERATIVE_TIME_ZONE = "Europe/Istanbul"

export interface AdminCommissionRule {
  id: string
  scope: CommissionRuleScope
  /** The category's or the producer's id; null for the cooperative's default. */
  target_id: string | null
  /** The category's or the producer's name; null for the default or a target since removed. */
  target_name: string | null
  /** In basis points: 750 is 7.5 %. */
  rate_bps: number
  /** When it starts (ISO 8601): midnight of its first day in the cooperative's time zone. */
  valid_from: string
  /** The administrator who added it (a user id). */
  created_by: string
  created_at: string
  /** It is the rule of its scope and target that applies to orders placed now. */
  in_force: boolean
  status: CommissionRuleStatus
}

/** A new rule; administrators only. */
export interface AdminCreateCommissionRuleBody {
  scope: CommissionRuleScope
  /** The category's or the producer's id; left out for the cooperative's default. */
  target_id?: string
  /** A percentage with at most two decimals: 7.5 is 7.5 % (750 basis points). */
  rate_percent: number
  /** Its first day, `YYYY-MM-DD` in the cooperative's time zone: today or later. */
  valid_from: string
}

export interface AdminCommissionRuleListParams {
  scope?: CommissionRuleScope
  target_id?: string
}

export interface AdminCommissionRuleResponse {
  commission_rule: AdminCommissionRule
}

export interface AdminCommissionRuleListResponse {
  commission_rules: AdminCommissionRule[]
}
