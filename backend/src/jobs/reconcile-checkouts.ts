import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  OrderStatus,
  TransactionState,
} from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import { isPlaced, type PlacedOrder } from "../workflows/checkout-reconciliation/cart-checkout"
import { announcePlacedOrderWorkflow } from "../workflows/checkout-reconciliation/workflows/announce-placed-order"
import { cancelUnplacedPaymentWorkflow } from "../workflows/checkout-reconciliation/workflows/cancel-unplaced-payment"
import { discardUnplacedOrderWorkflow } from "../workflows/checkout-reconciliation/workflows/discard-unplaced-order"

/** Checkouts older than a day are left to staff. */
const LOOKBACK_MS = 24 * 60 * 60 * 1000

/**
 * Medusa's cart completion holds the cart's lock for at most two minutes: a completion that has
 * not finished by then died with its process, and nothing else completes that cart meanwhile.
 */
const COMPLETION_LOCK_MS = 2 * 60 * 1000

/** Completions that never recorded their end: those older than the lock died. */
const UNFINISHED = [
  TransactionState.NOT_STARTED,
  TransactionState.INVOKING,
  TransactionState.WAITING_TO_COMPENSATE,
  TransactionState.COMPENSATING,
]

/**
 * How long a placed order's announcement may take: `order.placed` can still be queued for the
 * worker, or be retried there, before the job sends it again.
 */
const graceMs = () => Number(process.env.CHECKOUT_RECONCILIATION_GRACE_SECONDS ?? 300) * 1000

type Logger = { info(message: string): void; warn(message: string): void }

/** The shopper's receipt: the shopper-order-placed subscriber sends it once per order. */
const receiptKey = (orderId: string) => `shopper-order-placed-${orderId}`

/**
 * Runs one repair. A cart that is locked (a shopper is completing it right now) is left for a
 * later run; any other failure is logged and tried again on the next run.
 */
async function attempt(logger: Logger, what: string, repair: () => Promise<boolean>) {
  try {
    if (await repair()) {
      logger.info(`Checkout reconciliation: ${what}.`)
    }
  } catch (error) {
    const busy = MedusaError.isMedusaError(error) && error.type === MedusaError.Types.CONFLICT
    if (!busy) {
      logger.warn(`Checkout reconciliation could not ${what}: ${(error as Error).message}`)
    }
  }
}

type OrderOfCheckout = {
  id: string
  status: string
  email?: string | null
  cart?: { id: string } | null
  payment_collections?: PlacedOrder["payment_collections"]
}

const ORDER_FIELDS = [
  "id",
  "status",
  "email",
  "cart.id",
  "payment_collections.payment_sessions.id",
  "payment_collections.payment_sessions.status",
  "payment_collections.payments.id",
  "payment_collections.payments.canceled_at",
]

/**
 * The orders a dead completion of this cart left unpaid: the one linked to the cart, and any
 * made in the completion's two minutes that it died before linking to the cart.
 */
async function unpaidOrdersOfCompletion(
  container: MedusaContainer,
  cartId: string,
  startedAt: Date
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "email", ...ORDER_FIELDS.map((field) => `order.${field}`)],
    filters: { id: cartId },
  })
  if (!cart) {
    return []
  }
  const linked: OrderOfCheckout | null = cart.order ?? null
  if (linked && (isPlaced(linked) || linked.status === OrderStatus.CANCELED)) {
    return []
  }
  const { data: sameShopper } = cart.email
    ? await query.graph({
        entity: "order",
        fields: ORDER_FIELDS,
        filters: {
          email: cart.email,
          created_at: {
            $gte: startedAt,
            $lte: new Date(startedAt.getTime() + COMPLETION_LOCK_MS),
          },
        },
      })
    : { data: [] }
  // Medusa links her order to its cart and to its payment collection in separate link tables:
  // a completion that died between the two left one without the other.
  const unlinked = sameShopper.filter(
    (order: OrderOfCheckout) =>
      order.status !== OrderStatus.CANCELED && !order.cart?.id && !isPlaced(order)
  )
  return [...(linked ? [linked.id] : []), ...unlinked.map((order: OrderOfCheckout) => order.id)]
}

/**
 * Cart completions whose process died (a server killed, a crash) before authorizing her
 * payment: the orders they made are discarded, so that the shopper's next click completes her
 * cart afresh instead of answering an unpaid order or leaving a second one beside her real one.
 * One that got as far as authorizing her payment placed its order; only its announcement may
 * be missing, which `announceUnhandledOrders` sends. A completion's record stays unfinished
 * after it died, so a later run finds the same cart again and finds nothing left to discard.
 */
async function discardDeadCompletions(container: MedusaContainer, now: number) {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const executions = await engine.listWorkflowExecutions({
    workflow_id: completeCartWorkflowId,
    state: UNFINISHED,
    created_at: {
      $gte: new Date(now - LOOKBACK_MS).toISOString(),
      $lte: new Date(now - COMPLETION_LOCK_MS).toISOString(),
    },
  })
  for (const { context, created_at } of executions) {
    const cartId: unknown = context?.data?.payload?.id
    if (typeof cartId !== "string") {
      continue
    }
    for (const orderId of await unpaidOrdersOfCompletion(container, cartId, new Date(created_at))) {
      await attempt(
        logger,
        `discard order ${orderId}, left unpaid by a completion of cart ${cartId} that died`,
        () =>
          discardUnplacedOrderWorkflow(container)
            .run({ input: { order_id: orderId, cart_id: cartId } })
            .then(() => true)
      )
    }
  }
}

/**
 * Orders placed in full whose `order.placed` was never handled: no receipt went to the shopper
 * and no producer got her part (the completion died before releasing its events, or the worker
 * gave up on them). The event goes out again; its subscribers are idempotent.
 */
async function announceUnhandledOrders(container: MedusaContainer, now: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: {
      created_at: { $gte: new Date(now - LOOKBACK_MS), $lte: new Date(now - graceMs()) },
    },
  })
  // Orders without an email get no receipt, so their announcement cannot be told apart.
  const placed = orders.filter((order) => order.cart?.id && order.email && isPlaced(order))
  if (!placed.length) {
    return
  }
  const ids = placed.map((order) => order.id)
  const [{ data: receipts }, { data: parts }] = await Promise.all([
    query.graph({
      entity: "notification",
      fields: ["idempotency_key"],
      filters: { idempotency_key: ids.map(receiptKey) },
    }),
    query.graph({ entity: "producer_order", fields: ["order_id"], filters: { order_id: ids } }),
  ])
  const handled = new Set([
    ...receipts.map((receipt: { idempotency_key?: string | null }) => receipt.idempotency_key),
    ...parts.map((part: { order_id: string }) => receiptKey(part.order_id)),
  ])
  for (const order of placed.filter((order) => !handled.has(receiptKey(order.id)))) {
    await attempt(logger, `announce order ${order.id}, whose order.placed was not handled`, () =>
      announcePlacedOrderWorkflow(container)
        .run({ input: { order_id: order.id } })
        .then(() => true)
    )
  }
}

/**
 * Payments authorized for a cart that has no order (a completion that failed and could not
 * cancel them, a payment webhook that authorized a cart whose completion then failed): the cart
 * is completed as Medusa completes it after a payment webhook; if it cannot be (her items sold
 * out meanwhile), the authorization is canceled so her money is not held.
 */
async function settleUnplacedPayments(container: MedusaContainer, now: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "canceled_at", "payment_collection.cart.id", "payment_collection.order.id"],
    filters: {
      created_at: { $gte: new Date(now - LOOKBACK_MS), $lte: new Date(now - graceMs()) },
    },
  })
  const cartIds = new Set(
    payments.flatMap(({ canceled_at, payment_collection: collection }) =>
      !canceled_at && collection?.cart?.id && !collection.order?.id ? [collection.cart.id] : []
    )
  )
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  for (const cartId of cartIds) {
    const { errors } = await engine.run(completeCartWorkflowId, {
      input: { id: cartId },
      throwOnError: false,
    })
    const error = errors?.[0]?.error
    if (!error) {
      logger.info(
        `Checkout reconciliation: completed cart ${cartId}, whose payment was authorized.`
      )
    } else if (error.type !== MedusaError.Types.CONFLICT) {
      await attempt(
        logger,
        `cancel the payment of cart ${cartId}, which could not be completed`,
        () =>
          cancelUnplacedPaymentWorkflow(container)
            .run({ input: { cart_id: cartId } })
            .then(() => true)
      )
    }
  }
}

/**
 * Finds checkouts left half-done by a process that died (or a subscriber that gave up) and
 * compensates or completes them: no paid order is lost, none is doubled, and every placed order
 * is split and announced.
 */
export default async function reconcileCheckouts(container: MedusaContainer) {
  const now = Date.now()
  await discardDeadCompletions(container, now)
  await settleUnplacedPayments(container, now)
  await announceUnhandledOrders(container, now)
}

export const config = {
  name: "reconcile-checkouts",
  // Every minute; the resilience tests, which kill servers, run it every few seconds.
  schedule: { interval: Number(process.env.CHECKOUT_RECONCILIATION_INTERVAL_MS) || 60_000 },
}
