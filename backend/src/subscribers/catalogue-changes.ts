import type { SubscriberConfig } from "@medusajs/framework"
import { bumpCatalogueGeneration } from "../utils/catalogue-generation"

/**
 * A server learns of its own writes as it emits them (`watchCatalogueChanges`); the worker
 * serves no request, so its writes (an order a checkout reconciliation completes reserves
 * stock, say) reach every server's kept answers through these events. Declared, not `*`: a
 * wildcard would queue every event of the system in Redis only to be discarded here.
 */
export default async function catalogueChanges() {
  await bumpCatalogueGeneration()
}

export const config: SubscriberConfig = {
  event: [
    "order.placed",
    "order.canceled",
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "producer.created",
    "producer.updated",
    "producer.suspended",
    "producer.reactivated",
    "producer.product_created",
    "producer.product_updated",
  ],
  context: { subscriberId: "catalogue-changes" },
}
