import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderKey } from "../utils/order-key"
import { storefrontUrl } from "../utils/storefront-url"
import { notifyShopperOfOrderWorkflow } from "../workflows/shopper-order/workflows/notify-shopper-of-order"

/** The shopper gets her receipt as soon as her order is placed. */
export default async function shopperOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyShopperOfOrderWorkflow(container).run({
    input: {
      order_id: data.id,
      // The order's own key, not the secret it is made with: the input is kept with the run.
      order_key: orderKey(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE), data.id),
      storefront_url: storefrontUrl(),
    },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
