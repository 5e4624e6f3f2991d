import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const retrieveCooperativeSettingsStepId = "retrieve-cooperative-settings"

/** The cooperative's rules in force now (defaults until an administrator changes them). */
export const retrieveCooperativeSettingsStep = createStep(
  retrieveCooperativeSettingsStepId,
  async (_input: void, { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const { product_moderation, commission_bps, earning_holding_days } =
      await cooperative.retrieveCurrentSettings()
    return new StepResponse({ product_moderation, commission_bps, earning_holding_days })
  }
)
