import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminCommissionRule, CommissionRuleScope } from "@imece/types"
import { COMMISSION_RULE_SCOPES } from "../../../modules/commission/models/commission-rule"
import { commissionRuleStatuses } from "../../../modules/commission/rate-in-force"

export const commissionRuleFields = [
  "id",
  "scope",
  "target_id",
  "rate_bps",
  "valid_from",
  "created_by",
  "created_at",
]

/**
 * A rule as selected above. Loose on purpose: it accepts both the untyped result and the types
 * `medusa build` generates (nulls everywhere, the scope as a plain string).
 */
type SelectedRule = {
  id: string
  scope: string
  target_id?: string | null
  rate_bps: number
  valid_from: Date | string
  created_by: string
  created_at: Date | string
}

const isScope = (scope: string): scope is CommissionRuleScope =>
  (COMMISSION_RULE_SCOPES as readonly string[]).includes(scope)

const toIso = (date: Date | string) => new Date(date).toISOString()

/** The names staff know categories and producers by, for the targets of these rules. */
async function targetNames(scope: MedusaContainer, rules: SelectedRule[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const idsOf = (ruleScope: CommissionRuleScope) => [
    ...new Set(
      rules.flatMap((rule) => (rule.scope === ruleScope && rule.target_id ? [rule.target_id] : []))
    ),
  ]
  const categoryIds = idsOf("category")
  const producerIds = idsOf("producer")
  const [categories, producers] = await Promise.all([
    categoryIds.length
      ? query.graph({
          entity: "product_category",
          fields: ["id", "name"],
          filters: { id: categoryIds },
        })
      : { data: [] },
    producerIds.length
      ? query.graph({ entity: "producer", fields: ["id", "name"], filters: { id: producerIds } })
      : { data: [] },
  ])
  return new Map<string, string>(
    [...categories.data, ...producers.data].map((target: { id: string; name: string }) => [
      target.id,
      target.name,
    ])
  )
}

/**
 * The rules as staff read them, each with where it stands at `now`. Give every rule of the
 * scopes and targets shown (the filters of the list allow no other cut), so that a rule is
 * never called in force while a later one has started.
 */
async function describeRules(
  scope: MedusaContainer,
  rules: SelectedRule[],
  now: Date
): Promise<AdminCommissionRule[]> {
  const statuses = commissionRuleStatuses(
    rules.flatMap((rule) =>
      isScope(rule.scope) ? [{ ...rule, scope: rule.scope, target_id: rule.target_id ?? null }] : []
    ),
    now
  )
  const names = await targetNames(scope, rules)
  return rules.flatMap((rule) => {
    const status = statuses.get(rule.id)
    if (!isScope(rule.scope) || !status) {
      return []
    }
    return [
      {
        id: rule.id,
        scope: rule.scope,
        target_id: rule.target_id ?? null,
        target_name: rule.target_id ? (names.get(rule.target_id) ?? null) : null,
        rate_bps: rule.rate_bps,
        valid_from: toIso(rule.valid_from),
        created_by: rule.created_by,
        created_at: toIso(rule.created_at),
        in_force: status === "in_force",
        status,
      },
    ]
  })
}

/** Rules of one scope or one target, or all of them; the latest to start first. */
export async function listAdminCommissionRules(
  scope: MedusaContainer,
  filters: { scope?: CommissionRuleScope; target_id?: string },
  now: Date
): Promise<AdminCommissionRule[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "commission_rule",
    fields: commissionRuleFields,
    filters: {
      ...(filters.scope ? { scope: filters.scope } : {}),
      ...(filters.target_id ? { target_id: filters.target_id } : {}),
    },
    pagination: { order: { valid_from: "DESC", created_at: "DESC" } },
  })
  return describeRules(scope, data as SelectedRule[], now)
}

export async function retrieveAdminCommissionRule(
  scope: MedusaContainer,
  id: string,
  now: Date
): Promise<AdminCommissionRule> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [rule],
  } = await query.graph({
    entity: "commission_rule",
    fields: ["id", "scope", "target_id"],
    filters: { id },
  })
  const siblings =
    rule && isScope(rule.scope)
      ? await listAdminCommissionRules(
          scope,
          { scope: rule.scope, target_id: rule.target_id ?? undefined },
          now
        )
      : []
  const found = siblings.find((sibling) => sibling.id === id)
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No commission rule with the id ${id}.`)
  }
  return found
}
