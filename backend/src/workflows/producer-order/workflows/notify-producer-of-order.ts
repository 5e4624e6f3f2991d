import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { renderMail } from "../../producer-application/messages"
import { mailTarget, producerMailFields, producerOrderMails } from "../../producer/producer-mails"

export interface NotifyProducerOfOrderInput {
  producer_order_id: string
  /** Her shop manager, where the link in the mail leads. */
  storefront_url: string
}

/** A line of her part as selected below; the quantity may come back as a big number. */
type PartItem = { title: string; quantity: unknown }

export const notifyProducerOfOrderWorkflowId = "notify-producer-of-order"

/**
 * Tells the producer a shopper ordered from her: the order's number, her lines and a link to
 * her part, by e-mail at the address she applied with, in her language.
 */
export const notifyProducerOfOrderWorkflow = createWorkflow(
  notifyProducerOfOrderWorkflowId,
  (input: NotifyProducerOfOrderInput) => {
    const { data: parts } = useQueryGraphStep({
      entity: "producer_order",
      fields: ["id", "display_id", "producer_id", "items.title", "items.quantity"],
      filters: { id: input.producer_order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "producer-order" })
    const { data: producers } = useQueryGraphStep({
      entity: "producer",
      fields: producerMailFields,
      filters: transform({ parts }, ({ parts: [part] }) => ({ id: part.producer_id })),
    }).config({ name: "producer-of-order" })

    const notifications = transform(
      { input, parts, producers },
      ({ input, parts: [part], producers: [producer] }) => {
        const target = producer ? mailTarget(producer) : null
        if (!target) {
          return []
        }
        const mail = renderMail(producerOrderMails, "new_order", target.locale, {
          name: producer.name,
          number: Number(part.display_id),
          lines: (part.items ?? []).flatMap((item: PartItem | null) =>
            item ? [`${Number(item.quantity)} × ${item.title}`] : []
          ),
          link: `${input.storefront_url}/sell/shop/orders/${part.id}`,
        })
        return [
          {
            to: target.email,
            channel: "email",
            template: "producer-new-order",
            content: mail,
            // Kept in data too: the notification table, the development outbox, stores data only.
            data: { ...mail, producer_order_id: part.id, producer_id: producer.id },
            idempotency_key: `producer-new-order-${part.id}`,
          },
        ]
      }
    )
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
