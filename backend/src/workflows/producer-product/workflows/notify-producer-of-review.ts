import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { renderMail } from "../../producer-application/messages"
import { mailTarget, producerMailFields, productReviewMails } from "../../producer/producer-mails"

export interface NotifyProducerOfReviewInput {
  product_id: string
  /** Her shop manager, where the link in the mail leads. */
  storefront_url: string
}

export const notifyProducerOfReviewWorkflowId = "notify-producer-of-review"

/** Staff sent her product back: she reads why, in her language, with a link to change it. */
export const notifyProducerOfReviewWorkflow = createWorkflow(
  notifyProducerOfReviewWorkflowId,
  (input: NotifyProducerOfReviewInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "title", "metadata", "producer.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviewed-product" })
    const { data: producers } = useQueryGraphStep({
      entity: "producer",
      fields: producerMailFields,
      filters: transform({ products }, ({ products: [product] }) => ({
        id: (product as { producer?: { id: string } | null }).producer?.id ?? "prdcr_none",
      })),
    }).config({ name: "producer-of-product" })

    const notifications = transform(
      { input, products, producers },
      ({ input, products: [product], producers: [producer] }) => {
        const target = producer ? mailTarget(producer) : null
        const reason = product.metadata?.review_message
        if (!target || typeof reason !== "string") {
          return []
        }
        const mail = renderMail(productReviewMails, "sent_back", target.locale, {
          name: producer.name,
          title: product.title,
          reason,
          link: `${input.storefront_url}/sell/shop/products/${product.id}`,
        })
        return [
          {
            to: target.email,
            channel: "email",
            template: "producer-product-sent-back",
            content: mail,
            // Kept in data too: the notification table, the development outbox, stores data only.
            data: { ...mail, product_id: product.id, producer_id: producer.id },
          },
        ]
      }
    )
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
