import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * The cooperative's store as staff set it up once: the storefront's sales channel as default,
 * a warehouse linked to it and a default shipping profile. Producers' products go there.
 */
export async function setUpCooperativeStore(container: MedusaContainer, salesChannelId: string) {
  const {
    result: [warehouse],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Kooperatif deposu" }] },
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
  })
  const [existingProfile] = await container
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: "default" })
  if (!existingProfile) {
    await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default", type: "default" }] },
    })
  }
  const [store] = await container.resolve(Modules.STORE).listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { default_sales_channel_id: salesChannelId, default_location_id: warehouse.id },
    },
  })
  return { warehouseId: warehouse.id, salesChannelId }
}
