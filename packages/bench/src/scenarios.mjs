/**
 * What the bench asks the backend, shaped as the storefront asks it: the same routes, query
 * parameters and `fields` (read from @imece/client's source, so the two cannot drift apart).
 */
import { readFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "@imece/devstack/production-backend"

const LOCALE = "tr-TR"
const HOME_PAGE_SIZE = 24
const LIST_PAGES = 10
const PRODUCER_PRODUCTS_LIMIT = 100
const SEARCH_PAGE_SIZE = 20

const ADDRESS = {
  first_name: "Elif",
  last_name: "Alıcı",
  address_1: "Atatürk Cd. 12",
  city: "Ankara",
  postal_code: "06000",
  country_code: "tr",
  phone: "+90 532 000 00 00",
}

/** A constant of @imece/client, e.g. STORE_PRODUCT_FIELDS, as the storefront sends it. */
function clientConstant(name) {
  const file = path.join(ROOT, "packages", "client", "src", "index.ts")
  const value = readFileSync(file, "utf8").match(
    new RegExp(`export const ${name} =\\s*"([^"]+)"`)
  )?.[1]
  if (!value) {
    throw new Error(`${name} is no longer a plain string constant in ${file}; update the bench.`)
  }
  return value
}

/** A small seeded generator, so every run (and both sides of a comparison) asks the same. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = (next, items) => items[Math.floor(next() * items.length)]
const query = (params) => new URLSearchParams(params).toString()

export function createScenarios({ seed, backendUrl }) {
  const productFields = clientConstant("STORE_PRODUCT_FIELDS")
  const cartFields = clientConstant("STORE_CART_FIELDS")
  // Medusa's route on the same data without what the marketplace adds: the producer.
  const plainProductFields = productFields
    .split(",")
    .filter((field) => field !== "*producer")
    .join(",")
  const headers = { "x-publishable-api-key": seed.publishableKey }
  const jsonHeaders = { ...headers, "content-type": "application/json" }

  // Plain Medusa's cost is measured past the backend's kept catalogue answers, which a request
  // that asks afresh skips (as a browser's reload does).
  const afresh = { ...headers, "cache-control": "no-cache" }

  /** A GET scenario whose paths come from `paths(next)`, `next` a seeded random source. */
  const gets =
    (paths, requestHeaders = headers) =>
    () => {
      const next = random(7)
      return {
        headers: requestHeaders,
        requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: paths(next) }) }],
      }
    }

  const listPath = (fields) => (next) =>
    `/store/products?${query({
      limit: HOME_PAGE_SIZE,
      offset: Math.floor(next() * LIST_PAGES) * HOME_PAGE_SIZE,
      order: "-created_at",
      region_id: seed.regionId,
      locale: LOCALE,
      fields,
    })}`
  const detailPath = (fields) => (next) =>
    `/store/products?${query({
      handle: pick(next, seed.products).handle,
      region_id: seed.regionId,
      limit: 1,
      fields: `${fields},+metadata`,
      locale: LOCALE,
    })}`

  async function api(method, route, body) {
    const res = await fetch(`${backendUrl}${route}`, {
      method,
      headers: jsonHeaders,
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = await res.json().catch(() => ({}))
    if (!res.ok) {
      throw new Error(`${method} ${route} answered ${res.status}: ${JSON.stringify(json)}`)
    }
    return json
  }

  /** Runs `make` `count` times, `parallel` at a time, answering the results in order. */
  async function pool(count, parallel, make) {
    const results = new Array(count)
    let nextIndex = 0
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (nextIndex < count) {
          const index = nextIndex++
          results[index] = await make(index)
        }
      })
    )
    return results
  }

  const emptyCart = async (index) =>
    (
      await api("POST", "/store/carts", {
        region_id: seed.regionId,
        email: `bench-${index}@example.com`,
      })
    ).cart.id

  /** A cart with two makers' products, an address, shipping and cash on delivery chosen. */
  const readyCart = (next) => async (index) => {
    const items = [pick(next, seed.products), pick(next, seed.products)].map((product) => ({
      variant_id: pick(next, product.variant_ids),
      quantity: 1,
    }))
    const { cart } = await api("POST", "/store/carts", {
      region_id: seed.regionId,
      email: `bench-order-${index}@example.com`,
      shipping_address: ADDRESS,
      items,
    })
    await api("POST", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: seed.shippingOptionId,
    })
    const { payment_collection } = await api("POST", "/store/payment-collections", {
      cart_id: cart.id,
    })
    await api("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      provider_id: seed.paymentProviderId,
    })
    return cart.id
  }

  const searchPath = (next) =>
    `/store/search?${query({
      q: pick(next, seed.searchTerms),
      region_id: seed.regionId,
      limit: SEARCH_PAGE_SIZE,
      offset: 0,
      locale: LOCALE,
    })}`

  /** A shopper's cart on its way to checkout: two makers' products and her e-mail. */
  const shopperCart = (next) => async (index) =>
    (
      await api("POST", "/store/carts", {
        region_id: seed.regionId,
        email: `bench-shopper-${index}@example.com`,
        items: [pick(next, seed.products), pick(next, seed.products)].map((product) => ({
          variant_id: pick(next, product.variant_ids),
          quantity: 1,
        })),
      })
    ).cart.id

  const variantOf = (next) => pick(next, pick(next, seed.products).variant_ids)

  /**
   * How long a list page nobody has asked for yet takes through `url`: the page after the last
   * one the list scenarios ask, so no answer of it is kept anywhere.
   */
  async function coldRead(url) {
    const unasked = listPath(productFields)(() => 1)
    const since = performance.now()
    const res = await fetch(`${url}${unasked}`, { headers })
    await res.arrayBuffer()
    if (!res.ok) {
      throw new Error(`${unasked} answered ${res.status}`)
    }
    return performance.now() - since
  }

  return {
    productFields,
    plainProductFields,
    coldRead,
    listPath,
    detailPath,
    list: gets(listPath(productFields)),
    plainList: gets(listPath(plainProductFields), afresh),
    listAfresh: gets(listPath(productFields), afresh),
    detail: gets(detailPath(productFields)),
    plainDetail: gets(detailPath(plainProductFields), afresh),
    producerShop: gets((next) => `/store/producers/${pick(next, seed.producers).handle}`),
    producerProducts: gets(
      (next) =>
        `/store/products?${query({
          producer_id: pick(next, seed.producers).id,
          region_id: seed.regionId,
          limit: PRODUCER_PRODUCTS_LIMIT,
          locale: LOCALE,
          fields: productFields,
        })}`
    ),
    search: gets(searchPath),
    /** The same searches, each answered afresh: what a search nobody asked before costs. */
    searchAfresh: gets(searchPath, afresh),

    /** Empty carts, `perConnection` for each connection, so no two requests share a cart. */
    prepareCarts: (connections, perConnection) => pool(connections * perConnection, 6, emptyCart),

    /** Each connection adds random variants to its own carts in turn. */
    addToCart: (carts, perConnection) => () => {
      const next = random(11)
      let slot = 0
      return {
        method: "POST",
        headers: jsonHeaders,
        setupClient: (client) => {
          const mine = carts.slice(slot * perConnection, ++slot * perConnection)
          let turn = 0
          client.setRequests([
            {
              method: "POST",
              setupRequest: (req) => ({
                ...req,
                path: `/store/carts/${mine[turn++ % mine.length]}/line-items?${query({ fields: cartFields })}`,
                body: JSON.stringify({ variant_id: variantOf(next), quantity: 1 }),
              }),
            },
          ])
        },
      }
    },

    /** Carts as a shopper has them when she opens the checkout page. */
    prepareShopperCarts: (count) => pool(count, 1, shopperCart(random(17))),

    /** Carts ready to be completed, one per completion. */
    prepareCheckouts: (count) => pool(count, 6, readyCart(random(13))),

    /** Each request completes the next cart of `carts` (consumed); only an order counts. */
    complete: (carts) => () => ({
      method: "POST",
      headers: jsonHeaders,
      verifyBody: (body) => body.includes('"type":"order"'),
      setupClient: (client) =>
        client.setRequests([
          {
            method: "POST",
            setupRequest: (req) => ({ ...req, path: `/store/carts/${carts.shift()}/complete` }),
          },
        ]),
    }),

    /** The body the storefront gets for a route, for the bare server to answer with. */
    body: async (route) => {
      const res = await fetch(`${backendUrl}${route}`, { headers })
      return { status: res.status, text: await res.text() }
    },
  }
}
