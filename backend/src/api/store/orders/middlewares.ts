import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { exposeRelationFields } from "../../utils/expose-relation-fields"

/**
 * What the shopper may read of each producer's part of her order: where it stands and how to
 * follow it. Her earnings, commission and the other parts' details stay with the producer.
 */
export const storeProducerOrderFields = [
  "id",
  "producer_id",
  "status",
  "carrier",
  "tracking_number",
  "shipped_at",
  "delivered_at",
  "items.line_item_id",
]

/** Lets `GET /store/orders[/:id]` return each part (`fields=*producer_orders`). */
function exposeProducerParts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  exposeRelationFields(req, "producer_orders", storeProducerOrderFields)
  next()
}

// Registered without a method, so it runs before Medusa's own query validator.
export const storeOrderRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/orders", middlewares: [exposeProducerParts] },
  { matcher: "/store/orders/:id", middlewares: [exposeProducerParts] },
]
