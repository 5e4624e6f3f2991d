import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * Store reads every visitor is answered alike: the catalogue, its makers, categories, regions,
 * search. Paths as Medusa serves them, with our own routes beside them.
 */
const CATALOGUE_READS = [
  /^\/store\/products(\/[^/]+)?$/,
  /^\/store\/producers(\/[^/]+)?$/,
  /^\/store\/product-categories(\/[^/]+)?$/,
  /^\/store\/collections(\/[^/]+)?$/,
  /^\/store\/regions(\/[^/]+)?$/,
  /^\/store\/search$/,
]

export const isCatalogueRead = (path: string) => CATALOGUE_READS.some((read) => read.test(path))

/**
 * How long a browser or a CDN may keep a store answer. A catalogue read is kept but asked again
 * each time (`no-cache`): Express answers 304 when the ETag it computes is unchanged, so a phone
 * on a slow network does not download a list it has, and a producer's change still shows at
 * once. A signed-in shopper's copy stays in her browser (her group may see other prices);
 * everything else (carts, orders, her account, applying) is hers alone and kept nowhere.
 */
export function storeCaching(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = new URL(req.originalUrl, "http://store").pathname
  const read = req.method === "GET" || req.method === "HEAD"
  if (read && isCatalogueRead(path)) {
    const signedIn = Boolean(req.headers.authorization)
    res.setHeader("Cache-Control", signedIn ? "private, no-cache" : "public, no-cache")
    // The publishable key chooses the sales channel, so the answer.
    res.vary("x-publishable-api-key")
  } else {
    res.setHeader("Cache-Control", "no-store")
  }
  next()
}
