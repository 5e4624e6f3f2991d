import { createHmac, timingSafeEqual } from "node:crypto"
import type { ConfigModule } from "@medusajs/framework/types"

/**
 * A guest's order opens only with its key: what her checkout, her order lookup and her receipt's
 * link give her. An order id alone is not enough, since ids travel further than the guest (a
 * producer's part once carried it). The key is derived from the order id with the cookie secret,
 * so nothing is stored and a changed secret retires every key at once.
 */
export function orderKey(config: ConfigModule, orderId: string): string {
  const secret = config.projectConfig.http.cookieSecret ?? ""
  return createHmac("sha256", `order-key:${secret}`)
    .update(orderId)
    .digest("base64url")
    .slice(0, 32)
}

export function isOrderKey(config: ConfigModule, orderId: string, key: unknown): boolean {
  if (typeof key !== "string" || !key) {
    return false
  }
  const expected = Buffer.from(orderKey(config, orderId))
  const given = Buffer.from(key)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The header the storefront sends it in; a query parameter would fail Medusa's validator. */
export const ORDER_KEY_HEADER = "x-order-key"
