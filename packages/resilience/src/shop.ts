import http from "node:http"
import type { StandInPaymentIntent } from "@imece/stripe-stand-in"
import type { Login, ProcessName, ServerName, Stack } from "./stack"

/** An answer as the tests judge it; status 0 when no answer came (the server died). */
export interface Reply<T> {
  status: number
  body: T
  ms: number
  headers: http.IncomingHttpHeaders
  /** Why no answer came, when status is 0. */
  failure?: string
}

/** The message of an error answer, as Medusa's error handler writes it. */
export type ErrorBody = { type?: string; message?: string; code?: string }

type Json = Record<string, unknown>

/** How `POST /store/carts/:id/complete` answered: the order, the cart with an error, or a refusal. */
export type Completion = Reply<
  { type?: "order" | "cart"; order?: { id: string }; error?: ErrorBody } & ErrorBody
>

/**
 * One request; a refused or dropped connection is an answer too (status 0), not an exception.
 * Node's http client is used rather than fetch, whose client gives up on an answer after five
 * minutes: a slow answer is for the test to judge.
 */
export function request<T = Json>(
  url: string,
  { method = "GET", body, headers = {} }: { method?: string; body?: unknown; headers?: Json } = {}
): Promise<Reply<T & ErrorBody>> {
  const since = Date.now()
  const payload =
    body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body)
  return new Promise((resolve) => {
    const outgoing = http.request(
      url,
      {
        method,
        headers: {
          "content-type": "application/json",
          ...(payload === undefined ? {} : { "content-length": Buffer.byteLength(payload) }),
          ...headers,
        } as http.OutgoingHttpHeaders,
      },
      (response) => {
        let text = ""
        response.setEncoding("utf8")
        response.on("data", (chunk: string) => (text += chunk))
        response.on("end", () => {
          const parsed = text.startsWith("{") || text.startsWith("[") ? JSON.parse(text) : {}
          resolve({
            status: response.statusCode ?? 0,
            body: parsed,
            ms: Date.now() - since,
            headers: response.headers,
          })
        })
        response.on("error", (error) => dropped(error))
      }
    )
    const dropped = (error: Error) =>
      resolve({
        status: 0,
        body: {} as T & ErrorBody,
        ms: Date.now() - since,
        headers: {},
        failure: error.message,
      })
    outgoing.on("error", dropped)
    outgoing.end(payload)
  })
}

/** Runs `work` on every item, at most `limit` at a time; answers the results in order. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  })
  await Promise.all(lanes)
  return results
}

/** The given percentile of some durations, in ms. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

export const CASH_ON_DELIVERY = "pp_cash-on-delivery_offline"
export const STRIPE = "pp_stripe_stripe"

const SHOPPER_ADDRESS = {
  first_name: "Elif",
  last_name: "Alıcı",
  address_1: "Atatürk Cd. 12",
  city: "Ankara",
  postal_code: "06000",
  country_code: "tr",
  phone: "+90 532 000 00 00",
}

export interface PreparedCart {
  id: string
  email: string
  provider: string
  /** The Stripe payment intent the card session made, when paying by card. */
  intentId?: string
}

/** The marketplace as its shoppers, producer and staff use it over HTTP, on either server. */
export class Shop {
  private regionId = ""
  private shippingOptionId = ""

  constructor(readonly stack: Stack) {}

  url(server: ServerName, path: string) {
    return `${this.stack.servers[server]}${path}`
  }

  storeHeaders() {
    return { "x-publishable-api-key": this.stack.publishableKey }
  }

  async login(actor: "user" | "producer", login: Login): Promise<Json> {
    const { status, body } = await request<{ token: string }>(
      this.url("server-a", `/auth/${actor}/emailpass`),
      { method: "POST", body: login }
    )
    if (status !== 200) {
      throw new Error(`${login.email} could not log in as ${actor}: ${status} ${body.message}`)
    }
    return { authorization: `Bearer ${body.token}` }
  }

  /** A product of the demo producer's, on sale at once (approved by staff if moderation asks). */
  async createProduct(title: string, stock: number): Promise<{ id: string; variantId: string }> {
    const producer = await this.login("producer", this.stack.producer)
    const created = await request<{
      product: { id: string; status: string; variants: { id: string }[] }
    }>(this.url("server-a", "/producer/products"), {
      method: "POST",
      headers: producer,
      body: { title, prices: { try: 450 }, stock },
    })
    if (created.status !== 200 && created.status !== 201) {
      throw new Error(
        `The producer could not list ${title}: ${created.status} ${created.body.message}`
      )
    }
    const { product } = created.body
    if (product.status !== "published") {
      const staff = await this.login("user", this.stack.staff)
      const approved = await request(
        this.url("server-a", `/admin/product-reviews/${product.id}/approve`),
        {
          method: "POST",
          headers: staff,
          body: {},
        }
      )
      if (approved.status !== 200) {
        throw new Error(
          `Staff could not approve ${title}: ${approved.status} ${approved.body.message}`
        )
      }
    }
    return { id: product.id, variantId: product.variants[0].id }
  }

  private async checkoutSettings(server: ServerName, cartId: string) {
    if (!this.regionId) {
      const { body } = await request<{ regions: { id: string; currency_code: string }[] }>(
        this.url(server, "/store/regions"),
        { headers: this.storeHeaders() }
      )
      this.regionId = body.regions.find((region) => region.currency_code === "try")?.id ?? ""
    }
    if (cartId && !this.shippingOptionId) {
      const { body } = await request<{ shipping_options: { id: string }[] }>(
        this.url(server, `/store/shipping-options?cart_id=${cartId}`),
        { headers: this.storeHeaders() }
      )
      this.shippingOptionId = body.shipping_options[0]?.id ?? ""
    }
    return { regionId: this.regionId, shippingOptionId: this.shippingOptionId }
  }

  /**
   * A shopper's cart up to the last click: her address, one of the item, shipping, and a payment
   * session; paying by card, she has confirmed it with Stripe as Stripe.js does.
   */
  async prepareCart(
    server: ServerName,
    { variantId, email, provider }: { variantId: string; email: string; provider: string }
  ): Promise<PreparedCart> {
    const headers = this.storeHeaders()
    const step = async <T>(what: string, path: string, body: Json): Promise<T> => {
      const reply = await request<T>(this.url(server, path), { method: "POST", headers, body })
      if (reply.status !== 200) {
        throw new Error(
          `${what} failed for ${email}: ${reply.status} ${reply.body.message ?? reply.failure}`
        )
      }
      return reply.body
    }
    const { regionId } = await this.checkoutSettings(server, "")
    const { cart } = await step<{ cart: { id: string } }>("Creating the cart", "/store/carts", {
      region_id: regionId,
      email,
      shipping_address: SHOPPER_ADDRESS,
      items: [{ variant_id: variantId, quantity: 1 }],
    })
    const { shippingOptionId } = await this.checkoutSettings(server, cart.id)
    await step("Choosing shipping", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: shippingOptionId,
    })
    const { payment_collection } = await step<{ payment_collection: { id: string } }>(
      "Opening the payment",
      "/store/payment-collections",
      { cart_id: cart.id }
    )
    const session = await step<{
      payment_collection: { payment_sessions: { provider_id: string; data: { id?: string } }[] }
    }>(
      "Choosing how to pay",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      {
        provider_id: provider,
      }
    )
    const intentId = session.payment_collection.payment_sessions.find(
      (candidate) => candidate.provider_id === provider
    )?.data.id
    if (provider === STRIPE) {
      const confirmed = await fetch(
        `${this.stack.stripe.url}/v1/payment_intents/${intentId}/confirm`,
        {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ payment_method: "pm_card_visa" }).toString(),
        }
      )
      if (confirmed.status !== 200) {
        throw new Error(`The stand-in did not confirm ${intentId}: ${confirmed.status}`)
      }
    }
    return { id: cart.id, email, provider, intentId }
  }

  complete(server: ServerName, cartId: string): Promise<Completion> {
    return request(this.url(server, `/store/carts/${cartId}/complete`), {
      method: "POST",
      headers: this.storeHeaders(),
      body: {},
    })
  }

  /** The Stripe stand-in's payment intent, as Stripe's API answers it. */
  async intent(intentId: string): Promise<StandInPaymentIntent> {
    const response = await fetch(`${this.stack.stripe.url}/v1/payment_intents/${intentId}`)
    return response.json()
  }

  /** Every request the Stripe stand-in received (it runs in the global setup's process). */
  async stripeRequests(): Promise<{ method: string; path: string }[]> {
    const response = await fetch(`${this.stack.control}/stripe/requests`)
    return response.json()
  }

  /** SIGKILLs or starts one of the processes; answers how long it took. */
  async control(action: "kill" | "start", name: ProcessName): Promise<number> {
    const { status, body } = await request<{ ms: number }>(
      `${this.stack.control}/processes/${name}/${action}`,
      { method: "POST" }
    )
    if (status !== 200) {
      throw new Error(`Could not ${action} ${name}: ${body.message}`)
    }
    return body.ms
  }
}
