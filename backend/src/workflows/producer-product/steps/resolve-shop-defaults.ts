import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface ShopDefaults {
  sales_channel_id: string
  stock_location_id: string
  shipping_profile_id: string
}

export const resolveShopDefaultsStepId = "resolve-shop-defaults"

/**
 * Where a producer's products are sold, stocked and shipped from: the cooperative's store
 * defaults. Staff set them up once; until then listing a product says so instead of failing.
 */
export const resolveShopDefaultsStep = createStep(
  resolveShopDefaultsStepId,
  async (_input: void, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [store],
    } = await query.graph({
      entity: "store",
      fields: ["default_sales_channel_id", "default_location_id"],
    })
    const [profile] = await container
      .resolve(Modules.FULFILLMENT)
      .listShippingProfiles({ type: "default" }, { take: 1 })
    if (!store?.default_sales_channel_id || !store.default_location_id || !profile) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The cooperative has not finished setting up its store (sales channel, warehouse, shipping); please tell the staff."
      )
    }
    return new StepResponse<ShopDefaults>({
      sales_channel_id: store.default_sales_channel_id,
      stock_location_id: store.default_location_id,
      shipping_profile_id: profile.id,
    })
  }
)
