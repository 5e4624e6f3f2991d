import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AdminReasonTemplateBody } from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const createReasonTemplatesStepId = "create-reason-templates"

export const createReasonTemplatesStep = createStep(
  createReasonTemplatesStepId,
  async (templates: AdminReasonTemplateBody[], { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const created = await cooperative.createReasonTemplates(templates)
    return new StepResponse(
      created,
      created.map((template) => template.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperative.deleteReasonTemplates(ids)
  }
)
