import type { CommissionRuleScope } from "@imece/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createCommissionRulesStep } from "../steps/create-commission-rules"
import { validateCommissionRuleStartStep } from "../steps/validate-commission-rule-start"
import { validateCommissionRuleTargetStep } from "../steps/validate-commission-rule-target"

export interface CreateCommissionRuleWorkflowInput {
  scope: CommissionRuleScope
  target_id?: string | null
  rate_bps: number
  /** Its first day, `YYYY-MM-DD` in the cooperative's calendar. */
  valid_from: string
  /** The administrator adding it. */
  created_by: string
  /** The moment of the request: "today" is its day in the cooperative's calendar. */
  now: Date
}

export const createCommissionRuleWorkflowId = "create-commission-rule"

/**
 * An administrator adds a rule from a day on: the cooperative's default, or an override for a
 * product category or a producer. Orders placed from that day on are charged by it; orders
 * placed before keep the rate they were placed at.
 */
export const createCommissionRuleWorkflow = createWorkflow(
  createCommissionRuleWorkflowId,
  (input: CreateCommissionRuleWorkflowInput) => {
    const start = validateCommissionRuleStartStep(
      transform({ input }, ({ input }) => ({ valid_from: input.valid_from, now: input.now }))
    )
    validateCommissionRuleTargetStep(
      transform({ input }, ({ input }) => ({ scope: input.scope, target_id: input.target_id }))
    )
    const created = createCommissionRulesStep(
      transform({ input, start }, ({ input, start }) => [
        {
          scope: input.scope,
          target_id: input.scope === "cooperative" ? null : (input.target_id ?? null),
          rate_bps: input.rate_bps,
          valid_from: start.starts_at,
          created_by: input.created_by,
        },
      ])
    )
    const rule = transform({ created }, ({ created: [rule] }) => rule)
    emitEventStep({
      eventName: "commission_rule.created",
      data: transform({ rule }, ({ rule }) => ({ id: rule.id })),
    })
    return new WorkflowResponse(rule)
  }
)
