import { ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const resolveListingStatusStepId = "resolve-listing-status"

/**
 * Whether a product she puts on sale goes on sale now or waits for staff ("proposed"): the
 * cooperative's product moderation setting decides.
 */
export const resolveListingStatusStep = createStep(
  resolveListingStatusStepId,
  async (_input: void, { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const { product_moderation } = await cooperative.retrieveCurrentSettings()
    return new StepResponse(product_moderation ? ProductStatus.PROPOSED : ProductStatus.PUBLISHED)
  }
)
