import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface CooperativeSettingsChanges {
  product_moderation?: boolean
  commission_bps?: number
  earning_holding_days?: number
  time_zone?: string
}

type Undo =
  | { createdId: string; previous?: undefined }
  | {
      createdId?: undefined
      previous: {
        id: string
        product_moderation: boolean
        commission_bps: number
        earning_holding_days: number
        time_zone: string
      }
    }

export const updateCooperativeSettingsStepId = "update-cooperative-settings"

/** Writes the one settings row, creating it the first time; undoing puts back what was there. */
export const updateCooperativeSettingsStep = createStep(
  updateCooperativeSettingsStepId,
  async (changes: CooperativeSettingsChanges, { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const current = await cooperative.retrieveCurrentSettings()
    if (!current.id) {
      const created = await cooperative.createCooperativeSettings({ ...changes })
      return new StepResponse(created, { createdId: created.id } as Undo)
    }
    const updated = await cooperative.updateCooperativeSettings({ id: current.id, ...changes })
    return new StepResponse<typeof updated, Undo>(updated, {
      previous: {
        id: current.id,
        product_moderation: current.product_moderation,
        commission_bps: current.commission_bps,
        earning_holding_days: current.earning_holding_days,
        time_zone: current.time_zone,
      },
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if (undo.createdId) {
      await cooperative.deleteCooperativeSettings(undo.createdId)
    } else if (undo.previous) {
      await cooperative.updateCooperativeSettings(undo.previous)
    }
  }
)
