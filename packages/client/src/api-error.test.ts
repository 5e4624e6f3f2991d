import { FetchError } from "@medusajs/js-sdk"
import { afterEach, describe, expect, it, vi } from "vitest"
import { ApiError, errorCodeOf } from "./api-error"
import { createImeceClient } from "./index"

afterEach(() => {
  vi.unstubAllGlobals()
})

const answer = (status: number, body: unknown) =>
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: new URL(String(input)), init })
      return new Response(JSON.stringify(body), {
        status,
        statusText: status === 200 ? "OK" : "Bad Request",
        headers: { "content-type": "application/json" },
      })
    })
  )
let calls: { url: URL; init?: RequestInit }[] = []

describe("the client's errors", () => {
  const client = createImeceClient({ baseUrl: "http://api.test/base/", publishableKey: "pk_test" })

  it("keep the backend's code and params, and are still the js-sdk's FetchError", async () => {
    answer(400, {
      type: "not_allowed",
      code: "producer_on_vacation",
      message: "Ayşe is on vacation",
      params: { producer: "Ayşe", back_on: "2026-12-10" },
    })
    const error = await client.store.carts
      .addItem("cart_1", { variant_id: "v", quantity: 1 })
      .catch((e) => e)

    expect(error).toBeInstanceOf(FetchError)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      message: "Ayşe is on vacation",
      params: { producer: "Ayşe", back_on: "2026-12-10" },
    })
    expect(errorCodeOf(error)).toBe("producer_on_vacation")
  })

  it("has no code where Medusa sent none, and no params that are not plain values", async () => {
    answer(404, { type: "not_found", message: "Cart not found", params: { nested: {} } })
    const error = await client.store.carts.retrieve("cart_1").catch((e) => e)

    expect(error).toMatchObject({ status: 404, message: "Cart not found", params: {} })
    expect(errorCodeOf(error)).toBeUndefined()
  })

  it("sends as the js-sdk does: under the base path, the key, JSON bodies and queries", async () => {
    calls = []
    answer(200, { order: { id: "order_1" } })
    await client.store.orders.lookup({ email: "elif@example.com", display_id: 7 })
    await client.store.producers.list({ limit: 5, offset: undefined })

    expect(calls[0].url.href).toBe("http://api.test/base/store/orders/lookup")
    expect(new Headers(calls[0].init?.headers).get("x-publishable-api-key")).toBe("pk_test")
    expect(calls[0].init?.body).toBe(JSON.stringify({ email: "elif@example.com", display_id: 7 }))
    expect(calls[0].init?.credentials).toBe("omit")
    expect(calls[1].url.search).toBe("?limit=5")
  })
})
