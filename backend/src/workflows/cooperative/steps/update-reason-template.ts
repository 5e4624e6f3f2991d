import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AdminReasonTemplateBody } from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const updateReasonTemplateStepId = "update-reason-template"

export type UpdateReasonTemplateInput = { id: string } & Partial<AdminReasonTemplateBody>

export const updateReasonTemplateStep = createStep(
  updateReasonTemplateStepId,
  async (input: UpdateReasonTemplateInput, { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const previous = await cooperative.retrieveReasonTemplate(input.id)
    const updated = await cooperative.updateReasonTemplates(input)
    return new StepResponse(updated, {
      id: previous.id,
      kind: previous.kind,
      label: previous.label,
      message: previous.message,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperative.updateReasonTemplates(previous)
  }
)
