import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { cooperativeDayOf, startOfCooperativeDay } from "../../../utils/cooperative-calendar"
import { CodedError } from "../../../utils/coded-error"

export const validateCommissionRuleStartStepId = "validate-commission-rule-start"

/**
 * A rule starts today or later in the cooperative's calendar: orders already placed were charged
 * at the rules of their day, and a rule from the past would claim otherwise.
 */
export const validateCommissionRuleStartStep = createStep(
  validateCommissionRuleStartStepId,
  async (input: { valid_from: string; now: Date | string }, { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const timeZone = await cooperative.retrieveTimeZone()
    const today = cooperativeDayOf(new Date(input.now), timeZone)
    // Both are YYYY-MM-DD, so comparing the text compares the days.
    if (input.valid_from < today) {
      throw new CodedError(
        MedusaError.Types.INVALID_DATA,
        "commission_rule_in_past",
        `A commission rule cannot start in the past (${input.valid_from}); choose today (${today}) or a later day.`,
        { today }
      )
    }
    // The rule starts when its first day starts in the cooperative's time zone.
    return new StepResponse({ starts_at: startOfCooperativeDay(input.valid_from, timeZone) })
  }
)
