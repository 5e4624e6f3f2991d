import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { CodedError } from "../../../utils/coded-error"

export const validateCommissionRulesScheduledStepId = "validate-commission-rules-scheduled"

/**
 * Only a rule that has not started may be removed: one that has may have set the rate of orders
 * already placed, and the record of why they were charged so must stay.
 */
export const validateCommissionRulesScheduledStep = createStep(
  validateCommissionRulesScheduledStepId,
  async (input: { ids: string[]; now: Date | string }, { container }) => {
    const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const rules = await commission.listCommissionRules(
      { id: input.ids },
      { select: ["id", "valid_from"] }
    )
    const started = rules.find(
      (rule) => new Date(rule.valid_from).getTime() <= new Date(input.now).getTime()
    )
    if (started) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "commission_rule_in_force",
        `The commission rule ${started.id} is already in force and may have set the rate of orders placed since; it cannot be removed: add a new rule from a later date instead.`
      )
    }
    return new StepResponse(undefined)
  }
)
