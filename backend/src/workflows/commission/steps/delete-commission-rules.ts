import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export const deleteCommissionRulesStepId = "delete-commission-rules"

/** Soft-deletes, so that undoing restores the very same rules. */
export const deleteCommissionRulesStep = createStep(
  deleteCommissionRulesStepId,
  async (ids: string[], { container }) => {
    const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await commission.softDeleteCommissionRules(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const commission: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await commission.restoreCommissionRules(ids)
  }
)
