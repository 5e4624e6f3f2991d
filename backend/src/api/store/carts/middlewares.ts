import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
} from "@medusajs/framework/utils"
import { claimUnits, releaseUnits } from "../../../utils/checkout-claims"
import { CodedError } from "../../../utils/coded-error"
import { orderKey } from "../../../utils/order-key"
import { refreshCartPricesWorkflow } from "../../../workflows/cart/workflows/refresh-cart-prices"
import { inMinutes, rateLimit } from "../../utils/rate-limit"
import { onlyTheCartsShopper } from "../../utils/shopper-ownership"

type CartToComplete = {
  id: string
  completed_at: string | null
  sales_channel_id: string | null
  items: {
    id: string
    quantity: number
    variant_id: string | null
    product_title: string | null
    variant: { manage_inventory: boolean; allow_backorder: boolean } | null
  }[]
}

const cartsToComplete = new WeakMap<MedusaRequest, Promise<CartToComplete | undefined>>()

/** The cart being completed, read once for the middlewares of its completion. */
function cartToComplete(req: MedusaRequest): Promise<CartToComplete | undefined> {
  let read = cartsToComplete.get(req)
  if (!read) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    read = query
      .graph({
        entity: "cart",
        fields: [
          "id",
          "completed_at",
          "sales_channel_id",
          "items.id",
          "items.quantity",
          "items.variant_id",
          "items.product_title",
          "items.variant.manage_inventory",
          "items.variant.allow_backorder",
        ],
        filters: { id: req.params.id },
      })
      .then(({ data }) => (data as (CartToComplete | undefined)[])[0])
    cartsToComplete.set(req, read)
  }
  return read
}

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
  const cart = await cartToComplete(req)
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

/** As long as Medusa holds a cart's lock while completing it. */
const CLAIM_LAPSE_MS = 2 * 60 * 1000

/**
 * At a rush for the last pieces of a product, lets only as many checkouts go on as there are
 * pieces left (`checkout-claims`). A shopper whose piece is gone is told it is sold out; one
 * whose piece others are paying for right now is told to try again in a moment, at once,
 * instead of waiting for the inventory lock until Medusa refuses her with a 409 to retry. Pieces
 * made to order or sold on backorder are not counted. The claims are given back when the
 * answer has been sent, whatever it was.
 */
async function admitWhileStockLasts(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const cart = await cartToComplete(req)
  if (!cart || cart.completed_at || !cart.sales_channel_id) {
    return next()
  }
  const wanted = new Map<string, { units: number; product: string; lineId: string }>()
  for (const item of cart.items ?? []) {
    if (item.variant_id && item.variant?.manage_inventory && !item.variant.allow_backorder) {
      const line = wanted.get(item.variant_id) ?? {
        units: 0,
        product: item.product_title ?? "",
        lineId: item.id,
      }
      line.units += item.quantity
      wanted.set(item.variant_id, line)
    }
  }
  if (!wanted.size) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const availability = await getVariantAvailability(query, {
    variant_ids: [...wanted.keys()],
    sales_channel_id: cart.sales_channel_id,
  })
  const claimed: string[] = []
  const giveBack = () => Promise.all(claimed.map((variantId) => releaseUnits(variantId, cart.id)))
  for (const [variantId, { units, product, lineId }] of wanted) {
    const available = availability[variantId]?.availability ?? 0
    if (available < units) {
      await giveBack()
      return next(
        new CodedError(
          MedusaError.Types.NOT_ALLOWED,
          "cart_item_sold_out",
          `${product} is sold out: ${available} left, the cart holds ${units}.`,
          // The line, so that the checkout can offer to take it out.
          { product, available, line_item_id: lineId }
        )
      )
    }
    const admitted = await claimUnits({
      variantId,
      checkout: cart.id,
      units,
      available,
      lapseMs: CLAIM_LAPSE_MS,
    })
    if (!admitted) {
      await giveBack()
      return next(
        new CodedError(
          MedusaError.Types.CONFLICT,
          "cart_item_being_bought",
          `The last pieces of ${product} are in other shoppers' checkouts right now; try again in a moment.`,
          { product }
        )
      )
    }
    claimed.push(variantId)
  }
  res.once("close", () => void giveBack())
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
      admitWhileStockLasts,
      refreshPricesBeforeCompletion,
      giveTheOrdersKey,
    ],
  },
]
