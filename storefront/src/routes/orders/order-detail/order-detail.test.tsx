import type { StoreOrderWithParts } from "@imece/client"
import { FetchError } from "@medusajs/js-sdk"
import { render, screen, waitFor, within } from "@testing-library/react"
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { storeProducer, storeProduct } from "../../../test/fixtures"
import { OrderDetail } from "./order-detail"

vi.mock("../../../lib/client", () => ({
  client: { store: { orders: { retrieve: vi.fn() }, products: { list: vi.fn() } } },
}))

const store = vi.mocked(client.store, true)

function order(overrides: Partial<StoreOrderWithParts> = {}): StoreOrderWithParts {
  return {
    id: "order_1",
    display_id: 12,
    email: "elif@example.com",
    currency_code: "try",
    created_at: "2026-11-22T10:00:00.000Z",
    payment_status: "authorized",
    item_total: 1500,
    shipping_total: 180,
    total: 1680,
    items: [
      { id: "line_kupe", product_id: "prod_kupe", product_title: "Oya küpe", quantity: 2 },
      { id: "line_terlik", product_id: "prod_terlik", product_title: "Keçe terlik", quantity: 1 },
    ],
    producer_orders: [
      {
        id: "pord_1",
        producer_id: "prdcr_1",
        status: "shipped",
        carrier: "Yurtiçi",
        tracking_number: "YK123",
        shipped_at: "2026-11-23T10:00:00.000Z",
        delivered_at: null,
        items: [{ line_item_id: "line_kupe" }],
      },
      {
        id: "pord_2",
        producer_id: "prdcr_2",
        status: "new",
        carrier: null,
        tracking_number: null,
        shipped_at: null,
        delivered_at: null,
        items: [{ line_item_id: "line_terlik" }],
      },
    ],
    payment_collections: [
      {
        id: "paycol_1",
        payment_sessions: [
          {
            id: "payses_1",
            provider_id: "pp_bank-transfer_offline",
            status: "authorized",
            data: {
              iban: "TR33 0006 1005 1978 6457 8413 26",
              account_holder: "İmece Kadın Kooperatifi",
              bank_name: "Demo Bankası",
              reference: "IMC-7Q2K9D",
            },
          },
        ],
      },
    ],
    ...overrides,
  } as StoreOrderWithParts
}

function renderOrder(state: { placed: boolean } | null = null, search = "") {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[{ pathname: "/orders/order_1", search, state }]}>
        <Routes>
          <Route path="/orders/:id" element={<OrderDetail />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>
  )
}

describe("her order", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    store.products.list.mockResolvedValue({
      products: [
        storeProduct({ id: "prod_kupe", producer: storeProducer() }),
        storeProduct({
          id: "prod_terlik",
          producer: storeProducer({ id: "prdcr_2", name: "Zehra" }),
        }),
      ],
      count: 2,
      offset: 0,
      limit: 2,
    })
  })

  it("thanks her, and shows how to pay by bank transfer with the reference", async () => {
    store.orders.retrieve.mockResolvedValue({ order: order() })
    renderOrder({ placed: true }, "?key=key_1")

    expect(await screen.findByTestId("order-placed")).toBeTruthy()
    expect(screen.getByTestId("order-number").textContent).toBe("Sipariş #12")
    expect(screen.getByTestId("order-payment-status").textContent).toBe("Ödeme bekleniyor")
    expect(screen.getByTestId("bank-iban").textContent).toBe("TR33 0006 1005 1978 6457 8413 26")
    expect(screen.getByTestId("bank-reference").textContent).toBe("IMC-7Q2K9D")
    expect(screen.getByTestId("bank-amount").textContent).toBe("₺1.680,00")
    // The key in her address opens a guest's order.
    expect(store.orders.retrieve).toHaveBeenCalledWith("order_1", "key_1")
  })

  it("says a card payment is held on her card until the cooperative takes it", async () => {
    const byCard = order()
    const [collection] = byCard.payment_collections ?? []
    store.orders.retrieve.mockResolvedValue({
      order: {
        ...byCard,
        payment_collections: [
          {
            ...collection,
            payment_sessions: [
              { id: "payses_2", provider_id: "pp_stripe_stripe", status: "authorized", data: {} },
            ],
          },
        ] as StoreOrderWithParts["payment_collections"],
      },
    })
    renderOrder({ placed: true })

    expect((await screen.findByTestId("order-payment-status")).textContent).toBe("Kart onaylandı")
    expect(screen.getByText(/kartınızda ayrıldı/)).toBeTruthy()
    expect(screen.queryByTestId("bank-iban")).toBeNull()
  })

  it("reads a just-placed order again until each producer's part is made", async () => {
    const placedNow = new Date().toISOString()
    store.orders.retrieve
      .mockResolvedValueOnce({ order: order({ created_at: placedNow, producer_orders: [] }) })
      .mockResolvedValue({ order: order({ created_at: placedNow }) })
    renderOrder({ placed: true })

    expect(await screen.findAllByTestId("order-part")).toHaveLength(1)
    await waitFor(() => expect(screen.getAllByTestId("order-part")).toHaveLength(2), {
      timeout: 4_000,
    })
  })

  it("shows where each producer's parcel stands, with tracking", async () => {
    store.orders.retrieve.mockResolvedValue({ order: order({ payment_status: "captured" }) })
    renderOrder()

    const parts = await screen.findAllByTestId("order-part")
    expect(parts).toHaveLength(2)
    expect(await within(parts[0]).findByText("Ayşe Yılmaz hazırlıyor")).toBeTruthy()
    expect(within(parts[0]).getByTestId("order-part-status").textContent).toBe("Kargoda")
    expect(within(parts[0]).getByText("Yurtiçi takip no: YK123")).toBeTruthy()
    expect(within(parts[0]).getByText("2 × Oya küpe")).toBeTruthy()
    expect(within(parts[1]).getByTestId("order-part-status").textContent).toBe("Alındı")
    expect(screen.getByTestId("order-payment-status").textContent).toBe("Ödendi")
    expect(screen.queryByTestId("bank-iban")).toBeNull()
    expect(screen.queryByTestId("order-placed")).toBeNull()
  })

  it("says when the order does not exist and offers to find hers by e-mail and number", async () => {
    store.orders.retrieve.mockRejectedValue(new FetchError("Order not found", "Not Found", 404))
    renderOrder()

    expect(await screen.findByText("Bu sipariş bulunamadı.")).toBeTruthy()
    expect(screen.getByTestId("order-lookup-link").getAttribute("href")).toBe("/orders/find")
  })
})
