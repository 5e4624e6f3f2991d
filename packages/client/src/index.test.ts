import { afterEach, describe, expect, it, vi } from "vitest"
import { errorCodeOf } from "./api-error"
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

describe("producers' money", () => {
  it("asks for a page of her earnings with her own token", async () => {
    localStorage.setItem("imece_producer_jwt", "producer-token")
    const producer = createImeceClient({
      baseUrl: "http://api.test",
      publishableKey: "pk_test",
      jwtTokenStorageKey: "imece_producer_jwt",
    })
    const calls = recordFetch()
    await producer.producer.earnings()
    await producer.producer.earnings({ limit: 20, offset: 40 })

    expect(calls[0].url.pathname).toBe("/producer/earnings")
    expect(calls[0].headers.get("authorization")).toBe("Bearer producer-token")
    expect(calls[1].url.search).toBe("?limit=20&offset=40")
  })

  const staff = createImeceClient({
    baseUrl: "http://api.test",
    jwtTokenStorageKey: "imece_staff_jwt",
  })

  it("asks for a period's proposal and confirms the same period", async () => {
    const calls = recordFetch()
    const period = { period_start: "2026-11-01", period_end: "2026-11-30" }
    await staff.admin.payoutBatches.proposal(period)
    await staff.admin.payoutBatches.confirm(period)

    expect(calls[0].url.pathname).toBe("/admin/payout-batches/proposal")
    expect(calls[0].url.searchParams.get("period_start")).toBe("2026-11-01")
    expect(calls[0].url.searchParams.get("period_end")).toBe("2026-11-30")
    expect(calls[1].url.pathname).toBe("/admin/payout-batches")
    expect(calls[1].method).toBe("POST")
    expect(JSON.parse(String(calls[1].body))).toEqual(period)
  })

  it("marks a batch paid or cancels it through its own action path", async () => {
    const calls = recordFetch()
    await staff.admin.payoutBatches.markPaid("pbatch 1")
    await staff.admin.payoutBatches.cancel("pbatch_2")

    expect(calls.map((call) => [call.method, call.url.pathname])).toEqual([
      ["POST", "/admin/payout-batches/pbatch%201/mark-paid"],
      ["POST", "/admin/payout-batches/pbatch_2/cancel"],
    ])
  })

  it("downloads a batch's CSV with the staff member's token, as a file", async () => {
    localStorage.setItem("imece_staff_jwt", "staff-token")
    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response("producer,iban\r\nAyşe,TR330006100519786457841326\r\n", {
          status: 200,
          headers: { "content-type": "text/csv; charset=utf-8" },
        })
    )
    vi.stubGlobal("fetch", fetchMock)

    const file = await staff.admin.payoutBatches.exportCsv("pbatch_1")

    const [input, init] = fetchMock.mock.calls[0]
    const headers = new Headers(init?.headers)
    expect(new URL(String(input)).pathname).toBe("/admin/payout-batches/pbatch_1/export")
    expect(headers.get("authorization")).toBe("Bearer staff-token")
    expect(headers.get("accept")).toBe("text/csv")
    expect(await file.text()).toContain("TR330006100519786457841326")
  })

  it("fails with the API's message when the CSV cannot be made", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ message: "Payout batch was not found" }), {
            status: 404,
            headers: { "content-type": "application/json" },
          })
      )
    )
    await expect(staff.admin.payoutBatches.exportCsv("pbatch_x")).rejects.toThrow(
      "Payout batch was not found"
    )
  })
})

describe("the impact report", () => {
  const staff = createImeceClient({
    baseUrl: "http://api.test",
    jwtTokenStorageKey: "imece_staff_jwt",
  })

  it("asks for a period's report and downloads one table as CSV with the staff token", async () => {
    localStorage.setItem("imece_staff_jwt", "staff-token")
    const calls = recordFetch()
    await staff.admin.impact.retrieve({ from: "2026-01-01", to: "2026-03-31" })
    expect(calls[0].url.pathname).toBe("/admin/impact")
    expect(calls[0].url.searchParams.get("from")).toBe("2026-01-01")
    expect(calls[0].url.searchParams.get("to")).toBe("2026-03-31")

    const fetchMock = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response("\uFEFFAy,Para birimi\r\n2026-01,TRY\r\n", {
          status: 200,
          headers: { "content-type": "text/csv; charset=utf-8" },
        })
    )
    vi.stubGlobal("fetch", fetchMock)
    const file = await staff.admin.impact.exportCsv({
      from: "2026-01-01",
      to: "2026-03-31",
      table: "cities",
      locale: "fa",
    })
    const [input, init] = fetchMock.mock.calls[0]
    const url = new URL(String(input))
    expect(url.pathname).toBe("/admin/impact/export")
    expect(url.searchParams.get("table")).toBe("cities")
    expect(url.searchParams.get("locale")).toBe("fa")
    expect(new Headers(init?.headers).get("authorization")).toBe("Bearer staff-token")
    expect(await file.text()).toContain("2026-01,TRY")
  })

  it("asks the ledger's totals for the same period, to check the report against", async () => {
    const calls = recordFetch()
    await staff.admin.producerLedger.totals({ from: "2026-01-01", to: "2026-03-31" })
    expect(calls[0].url.pathname).toBe("/admin/producer-ledger/totals")
    expect(calls[0].url.searchParams.get("from")).toBe("2026-01-01")
    expect(calls[0].url.searchParams.get("to")).toBe("2026-03-31")
  })
})

describe("opening a shopper account", () => {
  const shopper = createImeceClient({
    baseUrl: "http://api.test",
    publishableKey: "pk_test",
    jwtTokenStorageKey: "imece_shopper_jwt",
  })
  const credentials = { email: "ayse@example.com", password: "oya-sever-42" }
  const body = { ...credentials, first_name: "Ayşe", last_name: "Yılmaz" }

  /** Answers each "METHOD /path" as the backend would, and records the order of the calls. */
  function backend(answers: Record<string, [status: number, body: unknown][]>) {
    const calls: string[] = []
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const call = `${init?.method ?? "GET"} ${new URL(String(input)).pathname}`
        calls.push(call)
        const [status, answer] = answers[call]?.shift() ?? [500, { message: `no ${call}` }]
        return new Response(JSON.stringify(answer), {
          status,
          headers: { "content-type": "application/json" },
        })
      })
    )
    return calls
  }

  it("registers a new e-mail, opens the account with her name and signs her in", async () => {
    const calls = backend({
      "POST /auth/customer/emailpass/register": [[200, { token: "registration" }]],
      "POST /store/customers": [[200, { customer: { id: "cus_1" } }]],
      "POST /auth/customer/emailpass": [[200, { token: "signed-in" }]],
    })
    await shopper.store.customer.register(body)
    expect(calls).toEqual([
      "POST /auth/customer/emailpass/register",
      "POST /store/customers",
      "POST /auth/customer/emailpass",
    ])
  })

  it("signs in with a login she already has and opens her shopper account with it", async () => {
    const calls = backend({
      "POST /auth/customer/emailpass/register": [
        [401, { type: "unauthorized", code: "email_has_login", message: "Identity exists" }],
      ],
      "POST /auth/customer/emailpass": [
        [200, { token: "login-without-shopper" }],
        [200, { token: "signed-in" }],
      ],
      "GET /store/customers/me": [[401, { type: "unauthorized", message: "Unauthorized" }]],
      "POST /store/customers": [[200, { customer: { id: "cus_1" } }]],
    })
    await shopper.store.customer.register(body)
    expect(calls).toEqual([
      "POST /auth/customer/emailpass/register",
      "POST /auth/customer/emailpass",
      "GET /store/customers/me",
      "POST /store/customers",
      "POST /auth/customer/emailpass",
    ])
  })

  it("only signs her in when that login already has a shopper account", async () => {
    const calls = backend({
      "POST /auth/customer/emailpass/register": [
        [401, { type: "unauthorized", code: "email_has_login", message: "Identity exists" }],
      ],
      "POST /auth/customer/emailpass": [[200, { token: "signed-in" }]],
      "GET /store/customers/me": [[200, { customer: { id: "cus_1" } }]],
    })
    await shopper.store.customer.register(body)
    expect(calls).toEqual([
      "POST /auth/customer/emailpass/register",
      "POST /auth/customer/emailpass",
      "GET /store/customers/me",
    ])
  })

  it("passes a refusal on as it came, trying nothing else", async () => {
    const calls = backend({
      "POST /auth/customer/emailpass/register": [
        [401, { type: "unauthorized", code: "registration_refused", message: "No account" }],
      ],
    })
    const error = await shopper.store.customer.register(body).catch((e: unknown) => e)
    expect(errorCodeOf(error)).toBe("registration_refused")
    expect(calls).toEqual(["POST /auth/customer/emailpass/register"])
  })
})
