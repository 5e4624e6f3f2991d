import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cooperativeDateOf } from "../../../modules/commission/cooperative-days"

export const validateCommissionRuleStartStepId = "validate-commission-rule-start"

/**
 * A rule starts today or later in the cooperative's calendar: orders already placed were charged
 * at the rules of their day, and a rule from the past would claim otherwise.
 */
export const validateCommissionRuleStartStep = createStep(
  validateCommissionRuleStartStepId,
  async (input: { valid_from: string; now: Date | string }) => {
    const today = cooperativeDateOf(new Date(input.now))
    // Both are YYYY-MM-DD, so comparing the text compares the days.
    if (input.valid_from < today) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A commission rule cannot start in the past (${input.valid_from}); choose today (${today}) or a later day.`
      )
    }
    return new StepResponse(undefined)
  }
)
