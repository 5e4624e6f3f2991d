import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  calculateShippingOptionsPricesWorkflow,
  listShippingOptionsForCartWithPricingWorkflow,
} from "@medusajs/medusa/core-flows"
import type { ProducerParcelContext } from "../../modules/shipping-per-producer/service"

type CartItemProducer = { product?: { producer?: { id: string } | null } | null } | null

/** How many producers' parcels a cart makes: one per producer whose products are in it. */
async function producerParcels(
  container: MedusaContainer,
  cartId: string
): Promise<StepResponse<ProducerParcelContext>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["items.product.producer.id"],
    filters: { id: cartId },
  })
  const items = ((cart as { items?: CartItemProducer[] } | undefined)?.items ?? []).filter(Boolean)
  const producers = new Set(items.map((item) => item?.product?.producer?.id ?? "cooperative"))
  return new StepResponse({ producer_count: producers.size })
}

// Listing a cart's options, choosing one and refreshing it when the cart changes all price
// through the first workflow; the store's "calculate this option" route through the second.
listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(
  ({ input }, { container }) => producerParcels(container, input.cart_id)
)
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(
  ({ input }, { container }) => producerParcels(container, input.cart_id)
)
