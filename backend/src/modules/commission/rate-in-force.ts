import type { CommissionRuleScope, CommissionRuleStatus } from "@imece/types"

/** A commission rule as stored, or as a workflow step hands it on (dates may be strings). */
export interface CommissionRuleInput {
  id?: string
  scope: CommissionRuleScope
  target_id: string | null
  rate_bps: number
  valid_from: Date | string
  created_at?: Date | string | null
}

/** What is sold on an order line: its maker and the categories its product is filed under. */
export interface CommissionSubject {
  producer_id?: string | null
  category_ids?: readonly string[]
}

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : 0)

/**
 * Whether `a` replaces `b`: it starts later or, starting at the same moment, it was written later
 * (an administrator correcting a rule the same day). Ids settle the rest, so the answer never
 * depends on the order the rules were read in.
 */
function replaces(a: CommissionRuleInput, b: CommissionRuleInput) {
  const byStart = time(a.valid_from) - time(b.valid_from)
  if (byStart !== 0) {
    return byStart > 0
  }
  const byCreation = time(a.created_at) - time(b.created_at)
  if (byCreation !== 0) {
    return byCreation > 0
  }
  return (a.id ?? "") > (b.id ?? "")
}

/** The latest rule that has started by `at`, among rules of one scope and target. */
function latestStarted<Rule extends CommissionRuleInput>(rules: readonly Rule[], at: number) {
  let latest: Rule | undefined
  for (const rule of rules) {
    if (time(rule.valid_from) <= at && (!latest || replaces(rule, latest))) {
      latest = rule
    }
  }
  return latest
}

/**
 * The commission, in basis points, on a line of this maker's product placed at `placedAt`. Only
 * rules started by then count, each scope's latest one:
 *
 * 1. her own rule (scope `producer`), else
 * 2. a rule of one of the product's categories; when several of its categories have one, the
 *    LOWEST rate, else
 * 3. the cooperative's default rule, else
 * 4. `fallbackBps`: the rate in the cooperative's settings, as before rules existed.
 *
 * Why the lowest category rate: a category rule is the cooperative lowering (or raising) its
 * share for a kind of craft, and a product filed under two categories is no less of either
 * kind. Taking the lowest never charges a producer more because a product sits in one more
 * category, and the answer does not depend on the order the categories happen to be listed in.
 */
export function commissionRateInForce(
  rules: readonly CommissionRuleInput[],
  { producer_id, category_ids = [] }: CommissionSubject,
  placedAt: Date | string,
  fallbackBps: number
): number {
  const at = time(placedAt)
  const rulesOf = (scope: CommissionRuleScope, targetId: string | null) =>
    rules.filter((rule) => rule.scope === scope && rule.target_id === targetId)

  if (producer_id) {
    const own = latestStarted(rulesOf("producer", producer_id), at)
    if (own) {
      return own.rate_bps
    }
  }
  const categoryRates = [...new Set(category_ids)].flatMap((categoryId) => {
    const rule = latestStarted(rulesOf("category", categoryId), at)
    return rule ? [rule.rate_bps] : []
  })
  if (categoryRates.length) {
    return Math.min(...categoryRates)
  }
  return latestStarted(rulesOf("cooperative", null), at)?.rate_bps ?? fallbackBps
}

/**
 * Where each rule stands at `now`: not started (`scheduled`), the latest started of its scope
 * and target (`in_force`), or replaced by a later one (`superseded`). Give every rule of the
 * scopes and targets asked about, so that none is called in force while a later one exists.
 */
export function commissionRuleStatuses<Rule extends CommissionRuleInput & { id: string }>(
  rules: readonly Rule[],
  now: Date | string
): Map<string, CommissionRuleStatus> {
  const at = time(now)
  const byTarget = new Map<string, Rule[]>()
  for (const rule of rules) {
    const key = `${rule.scope}:${rule.target_id ?? ""}`
    byTarget.set(key, [...(byTarget.get(key) ?? []), rule])
  }
  const statuses = new Map<string, CommissionRuleStatus>()
  for (const ofTarget of byTarget.values()) {
    const current = latestStarted(ofTarget, at)
    for (const rule of ofTarget) {
      statuses.set(
        rule.id,
        time(rule.valid_from) > at ? "scheduled" : rule === current ? "in_force" : "superseded"
      )
    }
  }
  return statuses
}
