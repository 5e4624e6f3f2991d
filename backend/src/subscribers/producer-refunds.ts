import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { bookOrderRefundsWorkflow } from "../workflows/producer-ledger/workflows/book-order-refunds"

/** A shopper refunded (for a return or otherwise): the producers' share comes off their ledgers. */
export default async function producerRefunds({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: data.id },
  })
  const orderId = (payment as { payment_collection?: { order?: { id?: string } | null } | null })
    ?.payment_collection?.order?.id
  if (!orderId) {
    return
  }
  await bookOrderRefundsWorkflow(container).run({ input: { order_id: orderId } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
}
