import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { storefrontUrl } from "../utils/storefront-url"
import { notifyProducerOfReviewWorkflow } from "../workflows/producer-product/workflows/notify-producer-of-review"

/** When staff send her product back, she hears why at once rather than when she next looks. */
export default async function producerProductSentBack({
  event: { data },
  container,
}: SubscriberArgs<{ id: string; decision: "approve" | "send_back" }>) {
  if (data.decision !== "send_back") {
    return
  }
  await notifyProducerOfReviewWorkflow(container).run({
    input: { product_id: data.id, storefront_url: storefrontUrl() },
  })
}

export const config: SubscriberConfig = {
  event: "producer.product_reviewed",
}
