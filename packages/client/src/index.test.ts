import { afterEach, describe, expect, it, vi } from "vitest"
import { createImeceClient, STORE_PRODUCT_FIELDS } from "./index"

function recordFetch() {
  const calls: { url: URL; headers: Headers; method?: string; body?: unknown }[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({
      url: new URL(String(input)),
      headers: new Headers(init?.headers),
      method: init?.method,
      body: init?.body,
    })
    return new Response(JSON.stringify({ producers: [], products: [], count: 0 }), {
      status: 200,
      headers: { "content-type": "application/json" },
    })
  })
  vi.stubGlobal("fetch", fetchMock)
  return calls
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe("createImeceClient", () => {
  const client = createImeceClient({ baseUrl: "http://api.test", publishableKey: "pk_test" })

  it("asks for active producers with the publishable key", async () => {
    const calls = recordFetch()
    await client.store.producers.list({ limit: 5 })

    expect(calls[0].url.pathname).toBe("/store/producers")
    expect(calls[0].url.searchParams.get("limit")).toBe("5")
    expect(calls[0].headers.get("x-publishable-api-key")).toBe("pk_test")
  })

  it("encodes the producer handle in the path", async () => {
    const calls = recordFetch()
    await client.store.producers.retrieve("ayşe oya")

    expect(calls[0].url.pathname).toBe("/store/producers/ay%C5%9Fe%20oya")
  })

  it("asks for each product's producer and prices by default, and filters by producer", async () => {
    const calls = recordFetch()
    await client.store.products.list({ producer_id: "prdcr_1", region_id: "reg_1" })

    const params = calls[0].url.searchParams
    expect(params.get("fields")).toBe(STORE_PRODUCT_FIELDS)
    expect(params.get("producer_id")).toBe("prdcr_1")
    expect(params.get("region_id")).toBe("reg_1")
  })

  it("sends a guest's e-mail and order number to find her order", async () => {
    const calls = recordFetch()
    await client.store.orders.lookup({ email: "elif@example.com", display_id: "1042" })

    expect(calls[0].url.pathname).toBe("/store/orders/lookup")
    expect(calls[0].method).toBe("POST")
    expect(JSON.parse(String(calls[0].body))).toEqual({
      email: "elif@example.com",
      display_id: "1042",
    })
    expect(calls[0].headers.get("x-publishable-api-key")).toBe("pk_test")
  })
})
