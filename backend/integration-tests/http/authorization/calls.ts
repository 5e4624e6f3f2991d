import { Agent } from "node:http"
import type { Readable } from "node:stream"
import { ACCESS_RULES, type AccessRule, type Actor, type Outcome } from "./expected-access"
import { routeKey, type ServedRoute } from "./served-routes"
import type { ProducerHoldings, ShopperHoldings, World } from "./world"

type Shopper = "shopperA" | "shopperB"
type Producer = "producerA" | "producerB"

/** Each shopper is called with the other's things; everyone else with shopper A's. */
const otherShopper = (actor: Actor): Shopper => (actor === "shopperA" ? "shopperB" : "shopperA")
const otherProducer = (actor: Actor): Producer =>
  actor === "producerA" ? "producerB" : "producerA"

/** Paths that name what one shopper or one producer owns, and which of her things fill them. */
const SHOPPER_PATHS: [string, (holdings: ShopperHoldings) => Record<string, string>][] = [
  ["/store/carts/:id", (h) => ({ id: h.cartId, line_id: h.lineItemId })],
  ["/store/payment-collections/:id", (h) => ({ id: h.paymentCollectionId })],
  ["/store/orders/:id", (h) => ({ id: h.orderId })],
  ["/store/customers/me/addresses/:address_id", (h) => ({ address_id: h.addressId })],
]
const PRODUCER_PATHS: [string, (holdings: ProducerHoldings) => Record<string, string>][] = [
  ["/producer/products/:id", (h) => ({ id: h.productId })],
  ["/producer/orders/:id", (h) => ({ id: h.orderPartId })],
]

/** Every other parameter: values that exist where it costs nothing, made-up ids elsewhere. */
const MISSING_ID = "authz_missing"
const commonParams = (world: World): Record<string, string> => ({
  actor_type: "customer",
  auth_provider: "emailpass",
  provider: "system_default",
  handle: world.producers.producerA.handle,
})

/**
 * A body that passes validation where the route takes another's thing, so that only her
 * ownership can be why the request is refused.
 */
const OWNED_ROUTE_BODIES: Record<string, (world: World) => Record<string, unknown>> = {
  "POST /store/carts/:id": () => ({ email: "intruder@test.local" }),
  "POST /store/carts/:id/line-items": (world) => ({
    variant_id: world.producers.producerB.variantId,
    quantity: 1,
  }),
  "POST /store/carts/:id/line-items/:line_id": () => ({ quantity: 1 }),
  "POST /store/carts/:id/promotions": () => ({ promo_codes: [] }),
  "DELETE /store/carts/:id/promotions": () => ({ promo_codes: [] }),
  "POST /store/carts/:id/shipping-methods": (world) => ({ option_id: world.shippingOptionId }),
  "POST /store/payment-collections/:id/payment-sessions": () => ({
    provider_id: "pp_system_default",
  }),
  "POST /store/orders/:id/transfer/accept": () => ({ token: "not-the-mailed-token" }),
  "POST /store/orders/:id/transfer/decline": () => ({ token: "not-the-mailed-token" }),
  "POST /store/customers/me/addresses/:address_id": () => ({ first_name: "Intruder" }),
  "POST /producer/products/:id": () => ({ title: "Taken over" }),
  "POST /producer/orders/:id/ship": () => ({ carrier: "Aras Kargo", tracking_number: "AUTHZ-1" }),
}

/**
 * Where an empty body makes a route do real work (a whole new cart), a body that fails its
 * validation says as much about access for less: validation runs after authentication.
 */
const CHEAP_BODIES: Record<string, Record<string, unknown>> = {
  "POST /store/carts": { email: "not-an-email" },
}

/**
 * Where the path names nothing of anyone's, Medusa's routes are asked for little: one id from a
 * list, and on its admin routes a body field no validator knows. An answer past authentication
 * (which runs first) says as much about access as a full one, without running hundreds of
 * Medusa's workflows on made-up ids.
 */
const UNKNOWN_FIELD = "authz_unknown_field"

/**
 * Routes that never finish answering: Medusa's workflow subscriptions stream events, and its
 * `/admin/index` routes hang (they set 404 without sending it) when the index module is off.
 * They are read until the status arrives, or for a moment.
 */
const UNBOUNDED = new Set([
  "GET /admin/workflows-executions/:workflow_id/subscribe",
  "GET /admin/workflows-executions/:workflow_id/:transaction_id/subscribe",
  "GET /admin/index/details",
  "POST /admin/index/sync",
])

export interface PlannedCall {
  route: ServedRoute
  actor: Actor
  outcome: Outcome
  url: string
  body?: Record<string, unknown>
  /** Who owns what the path names, when it names something of someone's. */
  owner?: Shopper | Producer
}

/** The call `actor` makes to `route` under `outcome`: with another's things where the path has them. */
export function planCall(
  route: ServedRoute,
  actor: Actor,
  outcome: Outcome,
  world: World
): PlannedCall {
  let params = commonParams(world)
  let owner: Shopper | Producer | undefined
  const shopperPath = SHOPPER_PATHS.find(([prefix]) => route.path.startsWith(prefix))
  const producerPath = PRODUCER_PATHS.find(([prefix]) => route.path.startsWith(prefix))
  if (shopperPath) {
    owner = otherShopper(actor)
    params = shopperPath[1](world.shoppers[owner])
  } else if (producerPath) {
    owner = otherProducer(actor)
    params = producerPath[1](world.producers[owner])
  }
  const url = route.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? MISSING_ID)
  if (outcome !== "notHers" && outcome !== "notHersAny4xx" && route.source === "medusa") {
    if (route.method === "GET") {
      return { route, actor, outcome, url: `${url}?fields=id&limit=1` }
    }
    if (route.path.startsWith("/admin/")) {
      return { route, actor, outcome, url, body: { [UNKNOWN_FIELD]: true } }
    }
  }
  const body = OWNED_ROUTE_BODIES[routeKey(route)]?.(world) ?? CHEAP_BODIES[routeKey(route)]
  return { route, actor, outcome, url, body, owner }
}

/** Each actor's call to each route, with the outcome the table expects of it. */
export function planCalls(
  routes: { route: ServedRoute; rule: AccessRule; actors: readonly Actor[] }[],
  world: World
): PlannedCall[] {
  return routes.flatMap(({ route, rule, actors }) =>
    actors.map((actor) => planCall(route, actor, ACCESS_RULES[rule][actor], world))
  )
}

/** Whether the path names another's thing by a real id, rather than a made-up one. */
export const namesOwnedThing = (call: PlannedCall) =>
  call.owner !== undefined && !call.url.includes(MISSING_ID)

type Api = {
  request: (config: {
    method: string
    url: string
    data?: unknown
    headers: Record<string, string>
    validateStatus: () => boolean
    timeout: number
    responseType?: "stream"
    httpAgent: Agent
  }) => Promise<{ status: number; data: unknown }>
}

/** Thousands of calls over a few connections, rather than a socket each. */
const keepAlive = new Agent({ keepAlive: true })

export interface Answer {
  /** 0 when an unbounded route had not answered in time. */
  status: number
  message: string
}

/** Makes the call with the actor's login, and the store's key on `/store`. */
export async function send(api: Api, world: World, call: PlannedCall): Promise<Answer> {
  const unbounded = UNBOUNDED.has(routeKey(call.route))
  try {
    const response = await api.request({
      method: call.route.method,
      url: call.url,
      data: call.route.method === "GET" ? undefined : (call.body ?? {}),
      headers: {
        ...(call.url.startsWith("/store") ? world.storeHeaders : {}),
        ...world.headers[call.actor],
      },
      validateStatus: () => true,
      timeout: unbounded ? 2_000 : 30_000,
      httpAgent: keepAlive,
      ...(unbounded && { responseType: "stream" as const }),
    })
    if (unbounded) {
      ;(response.data as Readable).destroy()
      return { status: response.status, message: "" }
    }
    const message = (response.data as { message?: unknown } | undefined)?.message
    return { status: response.status, message: typeof message === "string" ? message : "" }
  } catch (error) {
    if (unbounded && (error as { code?: string }).code === "ECONNABORTED") {
      return { status: 0, message: "no answer" }
    }
    throw error
  }
}

/** Runs `task` over `items`, a few at a time: the server answers several requests at once. */
export async function inParallel<T, R>(
  items: T[],
  task: (item: T) => Promise<R>,
  width = 6
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}
