import type { CommissionRuleScope } from "@imece/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateCommissionRuleTargetStepId = "validate-commission-rule-target"

/** A category's or a producer's rule names one that exists; the default names none. */
export const validateCommissionRuleTargetStep = createStep(
  validateCommissionRuleTargetStepId,
  async (input: { scope: CommissionRuleScope; target_id?: string | null }, { container }) => {
    if (input.scope === "cooperative") {
      if (input.target_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "The cooperative's default rule applies to everything: leave target_id out."
        )
      }
      return new StepResponse(undefined)
    }
    const entity = input.scope === "category" ? "product_category" : "producer"
    const noun = input.scope === "category" ? "product category" : "producer"
    if (!input.target_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Name the ${noun} this rule is for in target_id.`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity,
      fields: ["id"],
      filters: { id: input.target_id },
    })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `There is no ${noun} with the id ${input.target_id}.`
      )
    }
    return new StepResponse(undefined)
  }
)
