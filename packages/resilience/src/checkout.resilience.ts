import { StripeStandIn } from "@imece/stripe-stand-in"
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { Database } from "./database"
import {
  CASH_ON_DELIVERY,
  inBatches,
  percentile,
  STRIPE,
  Shop,
  type Completion,
  type PreparedCart,
  type Reply,
} from "./shop"
import { SERVERS, type ServerName } from "./stack"

const stack = inject("stack")
const shop = new Shop(stack)
const db = new Database(stack.databaseUrl)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const say = (line: string) => process.stdout.write(`[resilience] ${line}\n`)
/** Spreads work over both servers, one after the other. */
const serverFor = (index: number): ServerName => SERVERS[index % SERVERS.length]

/** Reads until `done` holds, for at most `timeoutMs`; answers the last reading either way. */
async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  everyMs = 500
) {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await sleep(everyMs)
    value = await read()
  }
  return value
}

/** How completions were answered: orders, refusals by status and message, server errors. */
function tally(replies: Completion[]) {
  const refusals = new Map<string, number>()
  for (const reply of replies.filter((r) => r.status >= 400 && r.status < 500)) {
    const key = `${reply.status} ${reply.body.message}`
    refusals.set(key, (refusals.get(key) ?? 0) + 1)
  }
  return {
    orders: replies.filter((r) => r.status === 200 && r.body.type === "order"),
    refused: replies.filter((r) => r.status >= 400 && r.status < 500),
    refusals: Object.fromEntries(refusals),
    serverErrors: replies.filter((r) => r.status >= 500),
    dropped: replies.filter((r) => r.status === 0),
    other: replies.filter((r) => r.status === 200 && r.body.type !== "order"),
  }
}

const timing = (replies: Reply<unknown>[]) => {
  const ms = replies.map((reply) => reply.ms)
  return `p50 ${percentile(ms, 50)} ms, p95 ${percentile(ms, 95)} ms, max ${percentile(ms, 100)} ms`
}

/** What the crash test leaves for its second half, which runs once the cart locks have lapsed. */
interface Crash {
  killedAt: number
  variantId: string
  carts: (PreparedCart & { server: ServerName; reply: Completion })[]
}
let crash: Crash | undefined

describe("checkout on the production shape: two servers and a worker on one PostgreSQL and Redis", () => {
  const redis = new Redis(stack.redisUrl, { maxRetriesPerRequest: 1 })
  afterAll(async () => {
    await redis.quit()
    await db.close()
  })

  beforeAll(async () => {
    const orders = await db.rows(`select id from "order"`)
    expect(orders, "the demo is seeded without its history: no orders yet").toHaveLength(0)
  })

  it("loses and doubles no paid order when a server is SIGKILLed in the middle of checkouts", async () => {
    const since = Date.now()
    const product = await shop.createProduct("Kriz testi oya kolye", 100)
    const carts = await inBatches(
      Array.from({ length: 24 }, (_, i) => i),
      8,
      (i) =>
        shop.prepareCart(serverFor(i), {
          variantId: product.variantId,
          email: `crash-${i}@resilience.test`,
          // Both servers get both: carts 0 and 1 by card, 2 and 3 cash on delivery, …
          provider: Math.floor(i / 2) % 2 ? CASH_ON_DELIVERY : STRIPE,
        })
    )
    say(`crash: 24 carts ready, half by card, half cash on delivery (${seconds(since)})`)

    const completing = Date.now()
    const replies = carts.map((cart, i) => shop.complete(serverFor(i), cart.id))
    const onA = carts.filter((_, i) => serverFor(i) === "server-a").map((cart) => cart.id)
    // Killed as soon as the first order from server A is in the database: the others it is
    // completing are somewhere between their first step and their last.
    await eventually(
      () => db.ordersOfCarts(onA),
      (orders) => orders.length > 0,
      60_000,
      50
    )
    const killedAt = Date.now()
    await shop.control("kill", "server-a")
    const answered = await Promise.all(replies)
    say(`crash: server A SIGKILLed ${seconds(completing)} into the completions`)
    const restartMs = await shop.control("start", "server-a")
    say(`crash: server A restarted in ${(restartMs / 1000).toFixed(1)} s`)

    crash = {
      killedAt,
      variantId: product.variantId,
      carts: carts.map((cart, i) => ({ ...cart, server: serverFor(i), reply: answered[i] })),
    }
    const onServerB = tally(answered.filter((_, i) => serverFor(i) === "server-b"))
    const onServerA = tally(answered.filter((_, i) => serverFor(i) === "server-a"))
    say(
      `crash: server A answered ${onServerA.orders.length} orders, dropped ${onServerA.dropped.length}; ` +
        `server B placed ${onServerB.orders.length} of 12, refused ${JSON.stringify(onServerB.refusals)}`
    )
    expect(
      onServerA.dropped.length,
      "the kill landed while server A was completing carts"
    ).toBeGreaterThan(0)
    // Server B goes on: each of its shoppers gets her order or a clear refusal. (A completion
    // that died holding the product's stock lock keeps it for up to a minute, so B may refuse
    // with 409 meanwhile.)
    expect(onServerB.dropped.map((r) => r.failure)).toEqual([])
    expect([...onServerA.serverErrors, ...onServerB.serverErrors].map((r) => r.body)).toEqual([])
    for (const refusal of onServerB.refused) {
      expect(refusal.status, String(refusal.body.message)).toBe(409)
    }
  })

  it("sells exactly 10 of 10 units to 200 concurrent checkouts on both servers, with no 5xx", async () => {
    const since = Date.now()
    const product = await shop.createProduct("Son on tane oya küpe", 10)
    // One shopper's cart through the API, then 199 more like it, each her own, in the database.
    const first = await shop.prepareCart("server-a", {
      variantId: product.variantId,
      email: "rush-0@resilience.test",
      provider: CASH_ON_DELIVERY,
    })
    const emails = Array.from({ length: 199 }, (_, i) => `rush-${i + 1}@resilience.test`)
    const carts = [first.id, ...(await db.cloneCart(first.id, emails))].map((id) => ({ id }))
    say(`rush: 200 carts ready (${seconds(since)})`)

    const completing = Date.now()
    const replies = await Promise.all(carts.map((cart, i) => shop.complete(serverFor(i), cart.id)))
    const result = tally(replies)
    say(`rush: 200 completions answered in ${seconds(completing)}; ${timing(replies)}`)
    say(`rush: ${result.orders.length} orders; refusals ${JSON.stringify(result.refusals)}`)

    // What was sold, whatever the answers said: never more than the stock, all of it reserved.
    const sold = await db.ordersOfVariant(product.variantId)
    const stock = await db.stockOfVariant(product.variantId)
    say(
      `rush: ${sold.length} orders hold the product; ${stock.reserved} of ${stock.stocked} reserved`
    )
    expect(stock.stocked).toBe(10)
    expect(sold.filter((row) => row.status !== "canceled")).toHaveLength(10)
    expect(stock.reserved).toBe(10)
    expect(stock.reservations.reduce((sum, r) => sum + r.quantity, 0)).toBe(10)
    const reservedLines = await db.lineItemsOfOrders(sold.map((row) => row.order_id))
    expect(stock.reservations.map((r) => r.line_item_id).sort()).toEqual(
      reservedLines.map((row) => row.line_item_id).sort()
    )

    // Each shopper was answered: her order, or a refusal that says why; never a server error.
    expect(result.serverErrors.map((r) => `${r.status} ${r.body.message}`)).toEqual([])
    expect(result.dropped.map((r) => r.failure)).toEqual([])
    expect(result.other.map((r) => r.body)).toEqual([])
    expect(result.refused).toHaveLength(190)
    // Each refusal is one the storefront says in her language: sold out, or others are paying
    // for the last pieces right now; never Medusa's 409 to retry, which no shopper can act on.
    expect(
      result.refused
        .filter(
          (refusal) =>
            !["cart_item_sold_out", "cart_item_being_bought"].includes(refusal.body.code ?? "")
        )
        .map((refusal) => `${refusal.status} ${refusal.body.message}`)
    ).toEqual([])
    const answeredOrders = new Set(result.orders.map((r) => r.body.order?.id))
    expect([...answeredOrders].sort()).toEqual(sold.map((row) => row.order_id).sort())
    const linked = await db.ordersOfCarts(carts.map((cart) => cart.id))
    expect(new Set(linked.map((row) => row.order_id))).toEqual(answeredOrders)
    expect(new Set(linked.map((row) => row.cart_id)).size).toBe(10)
  })

  it("makes one order and one capture of 50 parallel completions of a cart and 10 webhook replays", async () => {
    const product = await shop.createProduct("Tek sipariş bakır cezve", 5)
    const cart = await shop.prepareCart("server-a", {
      variantId: product.variantId,
      email: "once@resilience.test",
      provider: STRIPE,
    })
    const intentId = cart.intentId ?? ""
    // Stripe reports the charge succeeded (as it does when capture is automatic) and delivers
    // the same signed event ten times, to both servers, while the shopper's browser sends her
    // completion fifty times.
    const intent = await shop.intent(intentId)
    const event = new StripeStandIn().webhookEvent(
      "payment_intent.succeeded",
      { ...intent, status: "succeeded", amount_received: intent.amount, amount_capturable: 0 },
      { id: `evt_once_${intentId}`, secret: stack.stripe.webhookSecret }
    )
    const deliver = (server: ServerName) =>
      fetch(shop.url(server, "/hooks/payment/stripe_stripe"), {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": event.signature },
        body: event.payload,
      }).then((response) => response.status)

    const since = Date.now()
    const [completions, deliveries] = await Promise.all([
      Promise.all(Array.from({ length: 50 }, (_, i) => shop.complete(serverFor(i), cart.id))),
      Promise.all(Array.from({ length: 10 }, (_, i) => deliver(serverFor(i)))),
    ])
    const result = tally(completions)
    say(
      `once: 50 completions and 10 webhooks answered in ${seconds(since)}; ${timing(completions)}`
    )
    say(
      `once: ${result.orders.length} answered with the order; refusals ${JSON.stringify(result.refusals)}`
    )

    // A delivery that waits too long for another's lock is answered 409, and Stripe sends it
    // again later; one is accepted.
    expect(deliveries.filter((status) => status !== 200 && status !== 409)).toEqual([])
    expect(deliveries).toContain(200)
    expect(result.serverErrors.map((r) => `${r.status} ${r.body.message}`)).toEqual([])
    expect(result.orders.length).toBeGreaterThan(0)
    expect(new Set(result.orders.map((r) => r.body.order?.id)).size).toBe(1)
    for (const refusal of result.refused) {
      expect(refusal.status, String(refusal.body.message)).toBe(409)
    }

    const [payment] = await eventually(
      () => db.paymentsOfCarts([cart.id]),
      (payments) => payments.some((p) => p.captured_at),
      60_000
    )
    const orders = await db.ordersOfCarts([cart.id])
    expect(orders.map((row) => row.order_id)).toEqual([result.orders[0].body.order?.id])
    expect(await db.ordersByEmail([cart.email])).toHaveLength(1)
    expect(await db.paymentsOfCarts([cart.id])).toHaveLength(1)
    expect(Number(payment.captures)).toBe(1)
    expect(await db.captureTransactions(orders[0].order_id)).toHaveLength(1)
    expect(await db.acceptedWebhooks(`evt_once_${intentId}`)).toHaveLength(1)
    const captureCalls = (await shop.stripeRequests()).filter(
      (r) => r.method === "POST" && r.path === `/v1/payment_intents/${intentId}/capture`
    )
    expect(captureCalls, "captures the Stripe stand-in received").toHaveLength(1)
    expect((await shop.intent(intentId)).status).toBe("succeeded")
  })

  it("completes or compensates every checkout the killed server left half-done, once", async () => {
    if (!crash) {
      throw new Error("The crash test did not run")
    }
    const { carts, variantId, killedAt } = crash
    const ids = carts.map((cart) => cart.id)
    const since = Date.now()

    // A completion that died keeps its cart locked for two minutes; then the reconciliation job
    // (every few seconds here) has Medusa's workflow engine compensate it, or announces its
    // order if it got as far as authorizing the payment.
    const locks = await eventually(
      async () =>
        (await Promise.all(ids.map((id) => redis.exists(`medusa_lock:${id}`)))).filter(Boolean),
      (held) => held.length === 0,
      180_000
    )
    expect(locks, "cart locks of the dead completions lapse").toHaveLength(0)
    const emails = carts.map((cart) => cart.email)
    const halfDone = await eventually(
      async () => {
        const [orders, payments] = await Promise.all([
          db.ordersByEmail(emails),
          db.paymentsOfCarts(ids),
        ])
        return carts.flatMap((cart) => {
          const ofCart = orders.filter((o) => o.email === cart.email && o.status !== "canceled")
          const live = payments.filter((p) => p.cart_id === cart.id && !p.canceled_at)
          // Half-done: an order not linked to the cart, an order without its payment, or a
          // payment without its order.
          const unlinked = ofCart.some((order) => order.cart_id !== cart.id)
          return unlinked || (ofCart.length ? live.length !== 1 : live.length > 0)
            ? [`${cart.email}: ${ofCart.length} orders, ${live.length} payments`]
            : []
        })
      },
      (left) => left.length === 0,
      60_000
    )
    say(`crash: reconciled ${seconds(killedAt)} after the kill (waited ${seconds(since)})`)
    expect(halfDone, "checkouts left half-done").toEqual([])

    // The shoppers who got no order press the button again (and again, as a 409 asks, while
    // others hold the product's stock lock): each gets her one order.
    const unanswered = carts.filter((cart) => cart.reply.body.type !== "order")
    const retries = await inBatches(unanswered, 4, async (cart, i) => {
      let reply = await shop.complete(serverFor(i), cart.id)
      for (let attempt = 1; attempt < 3 && reply.status === 409; attempt++) {
        reply = await shop.complete(serverFor(i + attempt), cart.id)
      }
      return reply
    })
    const retried = tally(retries)
    say(
      `crash: ${unanswered.length} shoppers completed again: ${retried.orders.length} orders, ` +
        `refusals ${JSON.stringify(retried.refusals)}`
    )
    expect(retried.orders).toHaveLength(unanswered.length)

    const orders = await db.ordersOfCarts(ids)
    const live = orders.filter((row) => row.status !== "canceled")
    const answeredOrder = new Map(
      [
        ...carts.map((cart) => [cart.id, cart.reply] as const),
        ...unanswered.map((cart, i) => [cart.id, retries[i]] as const),
      ]
        .filter(([, reply]) => reply.status === 200)
        .map(([id, reply]) => [id, reply.body.order?.id])
    )
    for (const cart of carts) {
      const ofCart = live.filter((row) => row.cart_id === cart.id)
      expect(
        ofCart.map((row) => row.order_id),
        `the order of ${cart.email}`
      ).toEqual([answeredOrder.get(cart.id)])
    }
    // Orders the dead completions made are canceled; no other order stands beside hers.
    const standing = (await db.ordersByEmail(emails)).filter((order) => order.status !== "canceled")
    expect(standing).toHaveLength(24)
    expect(standing.every((order) => order.cart_id)).toBe(true)

    const payments = await db.paymentsOfCarts(ids)
    for (const cart of carts) {
      const ofCart = payments.filter((p) => p.cart_id === cart.id && !p.canceled_at)
      expect(ofCart, `the payment of ${cart.email}`).toHaveLength(1)
      expect(Number(ofCart[0].captures)).toBe(0)
    }
    for (const cart of carts.filter((c) => c.provider === STRIPE)) {
      expect((await shop.intent(cart.intentId ?? "")).status, `${cart.email}'s card`).toBe(
        "requires_capture"
      )
    }
    const stock = await db.stockOfVariant(variantId)
    expect(stock.reserved).toBe(24)
    expect(stock.reservations.reduce((sum, r) => sum + r.quantity, 0)).toBe(24)
  })

  it("handles every order.placed exactly once: one part per producer, one mail per recipient", async () => {
    const orders = await db.rows<{ id: string; email: string }>(
      `select id, email from "order" where deleted_at is null and status <> 'canceled'`
    )
    const expectedParts = await db.rows<{ order_id: string; producer_id: string }>(
      `select distinct oi.order_id, pp.producer_id
         from order_item oi
         join order_line_item li on li.id = oi.item_id
         join producer_producer_product_product pp on pp.product_id = li.product_id
          and pp.deleted_at is null
        where oi.deleted_at is null and oi.order_id = any($1)`,
      [orders.map((order) => order.id)]
    )
    const read = async () => {
      const [parts, receipts, producerMails] = await Promise.all([
        db.rows<{ order_id: string; producer_id: string; id: string; items: string }>(
          `select po.order_id, po.producer_id, po.id,
                  (select count(*) from producer_order_item poi
                    where poi.producer_order_id = po.id and poi.deleted_at is null) as items
             from producer_order po where po.deleted_at is null`
        ),
        db.rows<{ order_id: string; to: string; count: string }>(
          `select data->>'order_id' as order_id, "to", count(*) from notification
            where template = 'shopper-order-placed' group by 1, 2`
        ),
        db.rows<{ producer_order_id: string; to: string; count: string }>(
          `select data->>'producer_order_id' as producer_order_id, "to", count(*) from notification
            where template = 'producer-new-order' group by 1, 2`
        ),
      ])
      return { parts, receipts, producerMails }
    }
    const complete = (seen: Awaited<ReturnType<typeof read>>) =>
      seen.parts.length >= expectedParts.length &&
      seen.receipts.length >= orders.length &&
      seen.producerMails.length >= seen.parts.length
    await eventually(read, complete, 60_000)
    // Late duplicates would come from a second delivery or a reconciliation run: wait for both.
    await sleep(3 * stack.reconciliation.intervalMs)
    const { parts, receipts, producerMails } = await read()
    say(
      `exactly once: ${orders.length} orders, ${parts.length} producer parts, ${receipts.length} receipts`
    )

    const key = (orderId: string, producerId: string) => `${orderId} ${producerId}`
    expect(parts.map((part) => key(part.order_id, part.producer_id)).sort()).toEqual(
      expectedParts.map((part) => key(part.order_id, part.producer_id)).sort()
    )
    for (const part of parts) {
      expect(Number(part.items), `items of part ${part.id}`).toBe(1)
    }
    expect(receipts.map((r) => `${r.order_id} ${r.to} ×${r.count}`).sort()).toEqual(
      orders.map((order) => `${order.id} ${order.email} ×1`).sort()
    )
    expect(producerMails.map((m) => `${m.producer_order_id} ×${m.count}`).sort()).toEqual(
      parts.map((part) => `${part.id} ×1`).sort()
    )
  })
})
