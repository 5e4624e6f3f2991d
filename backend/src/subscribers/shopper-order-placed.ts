import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { storefrontUrl } from "../utils/storefront-url"
import { notifyShopperOfOrderWorkflow } from "../workflows/shopper-order/workflows/notify-shopper-of-order"

/** The shopper gets her receipt as soon as her order is placed. */
export default async function shopperOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyShopperOfOrderWorkflow(container).run({
    input: { order_id: data.id, storefront_url: storefrontUrl() },
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
