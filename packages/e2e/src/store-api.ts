import { expect } from "vitest"
import type { Demo } from "./demo"

/**
 * The store API as a shopper's browser calls it, for tests that need an order in place before
 * the pages they are about; the checkout pages have tests of their own.
 */
export function storeApi(demo: Demo) {
  /**
   * A call as a shopper, or as whoever `token` was given to (a producer, staff); `orderKey`
   * opens a guest's order.
   */
  async function backend<T>(
    path: string,
    init: { method?: string; body?: unknown; token?: string; orderKey?: string } = {}
  ) {
    const res = await fetch(`${demo.urls.backend}${path}`, {
      method: init.method ?? "GET",
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": demo.publishableKey,
        ...(init.token && { authorization: `Bearer ${init.token}` }),
        ...(init.orderKey && { "x-order-key": init.orderKey }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    if (!res.ok) {
      throw new Error(`${init.method ?? "GET"} ${path} answered ${res.status}: ${await res.text()}`)
    }
    return (await res.json()) as T
  }

  /** A shopper's order through the store API; the checkout pages have a test of their own. */
  async function placeOrder(variantId: string) {
    const { regions } = await backend<{ regions: { id: string; currency_code: string }[] }>(
      "/store/regions"
    )
    const region = regions.find((r) => r.currency_code === "try") ?? regions[0]
    const { cart } = await backend<{ cart: { id: string } }>("/store/carts", {
      method: "POST",
      body: {
        region_id: region.id,
        email: "elif@example.com",
        shipping_address: {
          first_name: "الیف",
          last_name: "دمیر",
          address_1: "Atatürk Cd. 12",
          city: "Ankara",
          postal_code: "06000",
          country_code: "tr",
          phone: "+90 532 000 00 00",
        },
      },
    })
    await backend(`/store/carts/${cart.id}/line-items`, {
      method: "POST",
      body: { variant_id: variantId, quantity: 1 },
    })
    const { shipping_options } = await backend<{ shipping_options: { id: string }[] }>(
      `/store/shipping-options?cart_id=${cart.id}`
    )
    await backend(`/store/carts/${cart.id}/shipping-methods`, {
      method: "POST",
      body: { option_id: shipping_options[0].id },
    })
    const { payment_collection } = await backend<{ payment_collection: { id: string } }>(
      "/store/payment-collections",
      { method: "POST", body: { cart_id: cart.id } }
    )
    await backend(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      body: { provider_id: "pp_cash-on-delivery_offline" },
    })
    const completed = await backend<{
      type: string
      order: { id: string; display_id: number }
      order_key: string
    }>(`/store/carts/${cart.id}/complete`, { method: "POST", body: {} })
    expect(completed.type).toBe("order")
    return { ...completed.order, key: completed.order_key }
  }

  /** A bearer token for a login: `actor` is "user" for staff, "producer" for a producer. */
  async function logIn(
    actor: "user" | "producer" | "customer",
    login: { email: string; password: string }
  ) {
    const { token } = await backend<{ token: string }>(`/auth/${actor}/emailpass`, {
      method: "POST",
      body: login,
    })
    return token
  }

  return { backend, placeOrder, logIn }
}
