import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Store reads every visitor is answered alike and the backend may keep: the catalogue, its
 * makers, categories, regions, and search. Paths as Medusa serves them, with our own routes
 * beside them. Search answers from its own index, written after the event that starts a new
 * generation; writing the index starts another (modules/product-search), so a search answered
 * in between is not kept past it.
 */
const KEPT_READS = [
  /^\/store\/products(\/[^/]+)?$/,
  /^\/store\/producers(\/[^/]+)?$/,
  /^\/store\/product-categories(\/[^/]+)?$/,
  /^\/store\/collections(\/[^/]+)?$/,
  /^\/store\/regions(\/[^/]+)?$/,
  /^\/store\/search$/,
]

/** What a store request is: a read the backend keeps, or anything else. */
export type StoreRead = "kept" | "other"

const readOf = new WeakMap<MedusaRequest, StoreRead>()

/** Decided once per request, by the first middleware that asks. */
export function storeReadOf(req: MedusaRequest): StoreRead {
  let read = readOf.get(req)
  if (!read) {
    const path = new URL(req.originalUrl, "http://store").pathname
    const asks = req.method === "GET" || req.method === "HEAD"
    read = asks && KEPT_READS.some((kept) => kept.test(path)) ? "kept" : "other"
    readOf.set(req, read)
  }
  return read
}

/**
 * How long a browser or a CDN may keep a store answer. A catalogue read is kept but asked again
 * each time (`no-cache`): Express answers 304 when the ETag it computes is unchanged, so a phone
 * on a slow network does not download a list it has, and a producer's change still shows at
 * once. A signed-in shopper's copy stays in her browser (her group may see other prices);
 * everything else (carts, orders, her account, applying) is hers alone and kept nowhere.
 */
export function storeCaching(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (storeReadOf(req) === "kept") {
    const signedIn = Boolean(req.headers.authorization)
    res.setHeader("Cache-Control", signedIn ? "private, no-cache" : "public, no-cache")
    // The publishable key chooses the sales channel, so the answer.
    res.vary("x-publishable-api-key")
  } else {
    res.setHeader("Cache-Control", "no-store")
  }
  next()
}
