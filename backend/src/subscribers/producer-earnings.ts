import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { bookProducerEarningsWorkflow } from "../workflows/producer-ledger/workflows/book-producer-earnings"

/** Her part delivered: what she earned goes on her ledger. */
export default async function producerEarnings({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; action?: string }>) {
  if (data.action !== "deliver") {
    return
  }
  await bookProducerEarningsWorkflow(container).run({ input: { producer_order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "producer_order.updated",
}
