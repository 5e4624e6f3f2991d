import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export interface ListCommissionRulesStepInput {
  /** Only rules started by then count. */
  at: Date | string
  producer_ids: string[]
  category_ids: string[]
}

export const listCommissionRulesStepId = "list-commission-rules"

/**
 * The rules that could apply to an order placed at `at`: the cooperative's default ones and
 * those of these makers and categories, started by then. Reads only.
 */
export const listCommissionRulesStep = createStep(
  listCommissionRulesStepId,
  async (input: ListCommissionRulesStepInput, { container }) => {
    const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const rules = await commission.listCommissionRules(
      {
        valid_from: { $lte: new Date(input.at) },
        $or: [
          { scope: "cooperative" },
          ...(input.producer_ids.length
            ? [{ scope: "producer" as const, target_id: input.producer_ids }]
            : []),
          ...(input.category_ids.length
            ? [{ scope: "category" as const, target_id: input.category_ids }]
            : []),
        ],
      },
      { select: ["id", "scope", "target_id", "rate_bps", "valid_from", "created_at"] }
    )
    return new StepResponse(
      rules.map(({ id, scope, target_id, rate_bps, valid_from, created_at }) => ({
        id,
        scope,
        target_id,
        rate_bps,
        valid_from,
        created_at,
      }))
    )
  }
)
