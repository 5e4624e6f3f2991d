import { OrderStatus, PaymentSessionStatus } from "@medusajs/framework/utils"

type Sessions = ({ id: string; status: string } | null)[] | null
export type Payments = ({ id: string; canceled_at?: Date | string | null } | null)[] | null

/** A cart as the reconciliation workflows read it under the cart's lock. */
export interface CartCheckout {
  id: string
  order?: { id: string; status: string } | null
  payment_collection?: { payment_sessions?: Sessions; payments?: Payments } | null
}

/** The fields to read for a `CartCheckout`. */
export const CART_CHECKOUT_FIELDS = [
  "id",
  "order.id",
  "order.status",
  "payment_collection.payment_sessions.id",
  "payment_collection.payment_sessions.status",
  "payment_collection.payments.id",
  "payment_collection.payments.canceled_at",
]

/** Payments not canceled: authorizations her card or the cooperative still hold. */
export const livePayments = (payments: Payments | undefined) =>
  (payments ?? []).flatMap((payment) => (payment && !payment.canceled_at ? [payment] : []))

/** An order placed from a cart, with the payment collections it was paid from. */
export interface PlacedOrder {
  id: string
  status: string
  payment_collections?: ({ payment_sessions?: Sessions; payments?: Payments } | null)[] | null
}

/**
 * Whether an order made at checkout was placed in full, so `order.placed` must have gone out: it
 * is not canceled, and its payment is authorized (or its authorization deferred, as for a
 * payment link). An order without either is a completion that died halfway, which the workflow
 * engine compensates instead.
 */
export function isPlaced(order: PlacedOrder): boolean {
  if (order.status === OrderStatus.CANCELED) {
    return false
  }
  return (order.payment_collections ?? []).some(
    (collection) =>
      !!collection &&
      (livePayments(collection.payments).length > 0 ||
        (collection.payment_sessions ?? []).some(
          (session) => session?.status === PaymentSessionStatus.PENDING_AUTHORIZATION
        ))
  )
}
