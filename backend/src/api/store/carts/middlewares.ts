import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CodedError } from "../../../utils/coded-error"
import { orderKey } from "../../../utils/order-key"
import { refreshCartPricesWorkflow } from "../../../workflows/cart/workflows/refresh-cart-prices"
import { inMinutes, rateLimit } from "../../utils/rate-limit"
import { onlyTheCartsShopper } from "../../utils/shopper-ownership"

/**
 * Prices the cart again just before Medusa completes it. When the total changed (a producer
 * raised a price after she prepared her checkout), the order is not placed: the cart now holds
 * the new prices, and she is told the old and new totals to confirm again. An unknown or
 * completed cart is Medusa's to answer.
 */
async function refreshPricesBeforeCompletion(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["completed_at"],
    filters: { id: req.params.id },
  })
  if (!cart || cart.completed_at) {
    return next()
  }
  const { result: change } = await refreshCartPricesWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  if (change.new_total !== change.old_total) {
    return next(
      new CodedError(
        MedusaError.Types.CONFLICT,
        "cart_prices_changed",
        `Prices in the cart changed since checkout was prepared: its total is now ${change.new_total} instead of ${change.old_total} (minor units of ${change.currency_code}). The cart holds the new prices; complete it again to order at them.`,
        { ...change }
      )
    )
  }
  next()
}

/**
 * The order she just placed comes with its key (`order_key`), which a guest needs to open it
 * again. Added to Medusa's own answer, as its route has no hook for it: whoever holds the cart's
 * id placed the order, so she may have its key.
 */
function giveTheOrdersKey(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const placed = body as { type?: unknown; order?: { id?: unknown } } | null
    if (placed?.type === "order" && typeof placed.order?.id === "string") {
      const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      return json({ ...placed, order_key: orderKey(config, placed.order.id) })
    }
    return json(body)
  }
  next()
}

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  // Without a method, Medusa mounts it with `app.use`: it also runs, once, for every route under it.
  { matcher: "/store/carts/:id", middlewares: [onlyTheCartsShopper] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [
      // Each completion is an order, or a payment tried at the provider (the way stolen cards
      // are tested). 30 a minute is far past what one household orders, and past a busy market
      // stall or shop whose customers all check out through one Wi-Fi or mobile network address.
      rateLimit({
        name: "cart-complete",
        limitVariable: "CART_COMPLETE_RATE_LIMIT",
        defaultLimit: 30,
        windowSeconds: 60,
        message: (minutes) =>
          `Too many orders from this connection in a short time. Please try again in ${inMinutes(minutes)}; your cart is kept.`,
      }),
      refreshPricesBeforeCompletion,
      giveTheOrdersKey,
    ],
  },
]
