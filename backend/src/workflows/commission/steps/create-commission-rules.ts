import type { CommissionRuleScope } from "@imece/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export interface CommissionRuleData {
  scope: CommissionRuleScope
  target_id: string | null
  rate_bps: number
  valid_from: Date
  created_by: string
}

export const createCommissionRulesStepId = "create-commission-rules"

export const createCommissionRulesStep = createStep(
  createCommissionRulesStepId,
  async (rules: CommissionRuleData[], { container }) => {
    const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const created = await commission.createCommissionRules(rules)
    return new StepResponse(
      created,
      created.map((rule) => rule.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await commission.deleteCommissionRules(ids)
  }
)
