import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCommissionRuleListResponse, AdminCommissionRuleResponse } from "@imece/types"
import { createCommissionRuleWorkflow } from "../../../workflows/commission/workflows/create-commission-rule"
import { listAdminCommissionRules, retrieveAdminCommissionRule } from "./helpers"
import type { AdminCreateCommissionRuleType, AdminGetCommissionRulesParamsType } from "./validators"

/** Every staff member reads the rules, with which one is in force and which are to come. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetCommissionRulesParamsType>,
  res: MedusaResponse<AdminCommissionRuleListResponse>
) => {
  res.json({
    commission_rules: await listAdminCommissionRules(req.scope, req.validatedQuery, new Date()),
  })
}

/** Administrators add a rule from today or a later day; the rate is given in percent. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>,
  res: MedusaResponse<AdminCommissionRuleResponse>
) => {
  const { rate_percent, ...rule } = req.validatedBody
  const now = new Date()
  const { result: created } = await createCommissionRuleWorkflow(req.scope).run({
    input: {
      ...rule,
      rate_bps: Math.round(rate_percent * 100),
      created_by: req.auth_context.actor_id,
      now,
    },
  })
  res.status(201).json({
    commission_rule: await retrieveAdminCommissionRule(req.scope, created.id, now),
  })
}
