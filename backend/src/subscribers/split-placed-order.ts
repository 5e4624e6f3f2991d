import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderByProducerWorkflow } from "../workflows/producer-order/workflows/split-order-by-producer"

/** Each producer gets her part of a new order. The split is idempotent, so a redelivery is harmless. */
export default async function splitPlacedOrder({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await splitOrderByProducerWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
