import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isOrderKey, ORDER_KEY_HEADER } from "../../utils/order-key"

type Owner = { customer_id?: string | null; customer?: { has_account?: boolean | null } | null }

/** What a request's path names and who owns it: a cart, an order or a payment collection. */
type OwnedThing = {
  /** Medusa's word for it, in the 404 a stranger gets, which is what a missing one gets too. */
  noun: string
  owner: (req: MedusaRequest, id: string) => Promise<Owner | undefined>
  /** Where the request names it: the path's `:id` unless said otherwise. */
  idOf?: (req: MedusaRequest) => unknown
  /** A guest's one opens only with the key she was given with it (an order's, see order-key). */
  guestsNeedKey?: boolean
}

/**
 * Medusa treats a cart's or an order's id as the key to it, for a guest and a shopper with an
 * account alike. A guest's cart stays hers by its id, which only her browser holds; a guest's
 * order also needs its key, since an order's id is shown to more people than the guest.
 * What a shopper with an account owns is hers alone: anyone else, logged in or not, is told it
 * does not exist, as Medusa answers for an id that does not.
 */
export function onlyItsShopper({
  noun,
  owner,
  idOf = (req) => req.params.id,
  guestsNeedKey = false,
}: OwnedThing) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const id = idOf(req)
    if (typeof id !== "string") {
      return next()
    }
    const found = await owner(req, id)
    const registeredOwner = found?.customer?.has_account ? found.customer_id : null
    const caller = (req as AuthenticatedMedusaRequest).auth_context
    if (registeredOwner) {
      if (caller?.actor_type === "customer" && caller.actor_id === registeredOwner) {
        return next()
      }
    } else if (
      !found ||
      !guestsNeedKey ||
      isOrderKey(
        req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE),
        id,
        req.get(ORDER_KEY_HEADER)
      )
    ) {
      // One that does not exist is Medusa's own 404 to give.
      return next()
    }
    next(new MedusaError(MedusaError.Types.NOT_FOUND, `${noun} id ${id} was not found`))
  }
}

const OWNER_FIELDS = ["customer_id", "customer.has_account"]

async function first(req: MedusaRequest, entity: string, fields: string[], id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  return data[0] as Record<string, unknown> | undefined
}

const cartOwner = (req: MedusaRequest, id: string) => first(req, "cart", OWNER_FIELDS, id)

export const onlyTheCartsShopper = onlyItsShopper({ noun: "Cart", owner: cartOwner })

/** A payment collection made for a cart named in the body (Medusa validates the body after). */
export const onlyTheBodysCartsShopper = onlyItsShopper({
  noun: "Cart",
  owner: cartOwner,
  idOf: (req) => (req.body as { cart_id?: unknown } | undefined)?.cart_id,
})

/** The cart a query names, as shipping options are listed for (`?cart_id=`). */
export const onlyTheQuerysCartsShopper = onlyItsShopper({
  noun: "Cart",
  owner: cartOwner,
  idOf: (req) => req.query.cart_id,
})

const orderOwner = (req: MedusaRequest, id: string) => first(req, "order", OWNER_FIELDS, id)

export const onlyTheOrdersShopper = onlyItsShopper({
  noun: "Order",
  owner: orderOwner,
  guestsNeedKey: true,
})

/** A return opened on the order the body names (Medusa validates the body after). */
export const onlyTheBodysOrdersShopper = onlyItsShopper({
  noun: "Order",
  owner: orderOwner,
  idOf: (req) => (req.body as { order_id?: unknown } | undefined)?.order_id,
  guestsNeedKey: true,
})

/** A payment collection is the cart's it pays for. */
export const onlyThePaymentCollectionsShopper = onlyItsShopper({
  noun: "Payment collection",
  owner: async (req, id) => {
    const collection = await first(
      req,
      "payment_collection",
      OWNER_FIELDS.map((field) => `cart.${field}`),
      id
    )
    return (collection?.cart ?? undefined) as Owner | undefined
  },
})
