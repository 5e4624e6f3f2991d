import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { inMinutes, rateLimit } from "../../utils/rate-limit"
import { onlyTheCartsShopper } from "../../utils/shopper-ownership"

type VariantWithProducer = {
  product?: {
    producer?: {
      name: string
      vacation_from: string | null
      vacation_until: string | null
    } | null
  } | null
}

/** Whether her shop is closed for a holiday at this moment. */
export function isOnVacation(
  producer: { vacation_from: string | Date | null; vacation_until: string | Date | null },
  now: Date
): boolean {
  if (!producer.vacation_from && !producer.vacation_until) {
    return false
  }
  const from = producer.vacation_from ? new Date(producer.vacation_from) : null
  const until = producer.vacation_until ? new Date(producer.vacation_until) : null
  // The last day of the vacation is a day off too: she is back the day after.
  const back = until ? new Date(until.getTime() + 24 * 60 * 60 * 1000) : null
  return (!from || from <= now) && (!back || now < back)
}

/**
 * A producer on vacation keeps her products visible, but they cannot go into a cart: she would
 * not be there to prepare the order.
 */
async function refuseProductsOfProducersOnVacation(
  req: MedusaRequest<{ variant_id?: unknown }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const variantId = req.body?.variant_id
  if (typeof variantId !== "string") {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: [
      "product.producer.name",
      "product.producer.vacation_from",
      "product.producer.vacation_until",
    ],
    filters: { id: variantId },
  })
  const producer = (variant as VariantWithProducer | undefined)?.product?.producer
  if (producer && isOnVacation(producer, new Date())) {
    const back = new Date(producer.vacation_until as string)
    back.setUTCDate(back.getUTCDate() + 1)
    return next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${producer.name} is on vacation${producer.vacation_until ? ` and back on ${back.toISOString().slice(0, 10)}` : ""}; her products can be bought again then.`
      )
    )
  }
  next()
}

export const storeCartRoutesMiddlewares: MiddlewareRoute[] = [
  // Without a method, Medusa mounts it with `app.use`: it also runs, once, for every route under it.
  { matcher: "/store/carts/:id", middlewares: [onlyTheCartsShopper] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/line-items",
    middlewares: [refuseProductsOfProducersOnVacation],
  },
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
    ],
  },
]
