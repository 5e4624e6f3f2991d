import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const deleteReasonTemplatesStepId = "delete-reason-templates"

/** Soft-deletes, so that undoing restores the very same templates. */
export const deleteReasonTemplatesStep = createStep(
  deleteReasonTemplatesStepId,
  async (ids: string[], { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperative.softDeleteReasonTemplates(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperative.restoreReasonTemplates(ids)
  }
)
