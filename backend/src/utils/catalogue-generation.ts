import Redis from "ioredis"

/**
 * The catalogue's generation: a number that grows whenever something a shopper's catalogue
 * shows may have changed. Kept answers name the generation they were made in and are used only
 * while it is current, so no change needs to know which answers it touched. With REDIS_URL
 * every server and the worker share it; without, the one process keeps it.
 */
const GENERATION_KEY = "imece:catalogue-generation"

let redis: Redis | undefined
let localGeneration = 0

const sharedRedis = (url: string) => (redis ??= new Redis(url, { maxRetriesPerRequest: 1 }))

/** The generation now, or `null` when it cannot be known (Redis not answering): keep nothing. */
export async function currentCatalogueGeneration(): Promise<string | null> {
  const url = process.env.REDIS_URL
  if (!url) {
    return String(localGeneration)
  }
  try {
    return (await sharedRedis(url).get(GENERATION_KEY)) ?? "0"
  } catch {
    return null
  }
}

export async function bumpCatalogueGeneration(): Promise<void> {
  localGeneration += 1
  const url = process.env.REDIS_URL
  if (url) {
    await sharedRedis(url).incr(GENERATION_KEY)
  }
}

/**
 * Modules and events whose writes leave the catalogue as it was: carts, payments, orders,
 * accounts, mail, the money and the programme. Read from an event's first segment ("cart" of
 * `cart.updated`, "order" of the order module's `order.order.created`). Any other event, one
 * not named here included, starts a new generation: an answer kept too briefly costs a query,
 * an answer kept too long shows a shopper a price or stock that is gone. An order's stock is
 * reserved by the inventory module, so placing one does start a new generation.
 */
const LEAVES_CATALOGUE = new Set([
  "auth",
  "cart",
  "commission",
  "commission-rule",
  "cooperative",
  "customer",
  "fulfillment",
  "invite",
  "notification",
  "order",
  "payment",
  "payment-collection",
  "payment-receipt",
  "payment-reconciliation",
  "payment-webhook",
  "payout-batch",
  "producer-application",
  "producer-ledger",
  "producer-order",
  "promotion",
  "shipment",
  "user",
])

export function changesCatalogue(eventName: string): boolean {
  const [first] = eventName.toLowerCase().replace(/_/g, "-").split(".")
  return !LEAVES_CATALOGUE.has(first)
}
