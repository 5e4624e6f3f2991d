import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { exposeRelationFields } from "../../utils/expose-relation-fields"
import { inMinutes, perAccount, rateLimit } from "../../utils/rate-limit"
import { onlyTheOrdersShopper } from "../../utils/shopper-ownership"
import { StoreLookupOrder } from "./lookup/validators"

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

export const storeOrderRoutesMiddlewares: MiddlewareRoute[] = [
  // Registered without a method, so it runs before Medusa's own query validator.
  { matcher: "/store/orders", middlewares: [exposeProducerParts] },
  { matcher: "/store/orders/:id", middlewares: [exposeProducerParts] },
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [onlyTheOrdersShopper] },
  // Asking for an order that belongs to an account would only mail its owner a stranger's request.
  {
    method: ["POST"],
    matcher: "/store/orders/:id/transfer/request",
    middlewares: [onlyTheOrdersShopper],
  },
  {
    method: ["POST"],
    matcher: "/store/orders/lookup",
    middlewares: [
      // Each try is one guess at an order number for an e-mail: enough for her typos, too few
      // to walk through every number.
      rateLimit({
        name: "order-lookup",
        limitVariable: "ORDER_LOOKUP_RATE_LIMIT",
        defaultLimit: 10,
        windowSeconds: 10 * 60,
        code: "too_many_order_lookups",
        message: (minutes) =>
          `Too many order searches from this connection. Please try again in ${inMinutes(minutes)}.`,
      }),
      // The same guesses spread over many addresses: counted per e-mail, so one guest's order
      // numbers cannot be walked through from a botnet. Her own few tries stay well below it.
      rateLimit({
        name: "order-lookup-email",
        limitVariable: "ORDER_LOOKUP_EMAIL_RATE_LIMIT",
        defaultLimit: 10,
        windowSeconds: 60 * 60,
        key: perAccount("email"),
        code: "too_many_order_lookups",
        message: (minutes) =>
          `Too many order searches for this e-mail. Please try again in ${inMinutes(minutes)}.`,
      }),
      validateAndTransformBody(StoreLookupOrder),
    ],
  },
]
