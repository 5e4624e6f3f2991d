import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { storefrontUrl } from "../utils/storefront-url"
import { notifyProducerOfOrderWorkflow } from "../workflows/producer-order/workflows/notify-producer-of-order"

/** Each producer whose work was ordered hears of her part at once. */
export default async function producerNewOrder({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyProducerOfOrderWorkflow(container).run({
    input: { producer_order_id: data.id, storefront_url: storefrontUrl() },
  })
}

export const config: SubscriberConfig = {
  event: "producer_order.created",
}
