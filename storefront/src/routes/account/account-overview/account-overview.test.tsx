import { FetchError } from "@medusajs/js-sdk"
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { i18n } from "../../../i18n"
import { client } from "../../../lib/client"
import {
  customerAddress,
  orderPage,
  orderPart,
  storeCustomer,
  storeOrder,
} from "../../../test/account-fixtures"
import { storeRegion } from "../../../test/fixtures"
import { keepCartId, readCartId } from "../../cart/cart-storage"
import { RegionProvider } from "../../regions/region-context"
import { AccountOverview } from "./account-overview"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      customer: { me: vi.fn(), logout: vi.fn(), addAddress: vi.fn(), removeAddress: vi.fn() },
      orders: { list: vi.fn() },
    },
  },
}))

const { regions, customer, orders } = vi.mocked(client.store, true)

/** Where the page sent her, with the query, so `?next=` can be read. */
function Elsewhere() {
  const location = useLocation()
  return <p data-testid="elsewhere">{`${location.pathname}${location.search}`}</p>
}

function renderOverview() {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <RegionProvider>
        <MemoryRouter initialEntries={["/account"]}>
          <Routes>
            <Route path="/account" element={<AccountOverview />} />
            <Route path="*" element={<Elsewhere />} />
          </Routes>
        </MemoryRouter>
      </RegionProvider>
    </QueryClientProvider>
  )
}

const region = storeRegion({
  countries: [
    { id: "tr", iso_2: "tr", display_name: "Turkey" },
    { id: "ir", iso_2: "ir", display_name: "Iran" },
  ],
})

describe("her account", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    regions.list.mockResolvedValue({ regions: [region], count: 1, offset: 0, limit: 50 })
    customer.me.mockResolvedValue({ customer: storeCustomer() })
    orders.list.mockResolvedValue(orderPage([]))
    customer.logout.mockResolvedValue(undefined)
  })

  it("sends a guest to log in, coming back here afterwards", async () => {
    customer.me.mockRejectedValue(new FetchError("Unauthorized", "Unauthorized", 401))
    renderOverview()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe(
      "/account/login?next=/account"
    )
    expect(orders.list).not.toHaveBeenCalled()
  })

  it("offers to try again when the store cannot say who she is", async () => {
    customer.me.mockRejectedValue(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderOverview()
    expect(await screen.findByRole("button", { name: "Tekrar dene" })).toBeTruthy()
  })

  it("shows her name and email, and says when she has no orders or addresses", async () => {
    renderOverview()
    expect((await screen.findByTestId("account-name")).textContent).toBe("Elif Demir")
    expect(screen.getByTestId("account-email").textContent).toBe("elif@example.com")
    expect((await screen.findByTestId("orders-empty")).textContent).toContain(
      "Henüz siparişiniz yok."
    )
    expect(screen.getByTestId("addresses-empty")).toBeTruthy()
  })

  it("lists her orders newest first, each with its total, date and where it stands", async () => {
    orders.list.mockResolvedValue(
      orderPage([
        storeOrder({
          id: "order_2",
          display_id: 14,
          total: 600,
          created_at: "2026-11-21T09:00:00.000Z",
          producer_orders: [orderPart({ status: "shipped" }), orderPart({ status: "new" })],
        }),
        storeOrder({ producer_orders: [orderPart({ status: "delivered" })] }),
      ])
    )
    renderOverview()

    const rows = await screen.findAllByTestId("order-row")
    expect(orders.list).toHaveBeenCalledWith({ limit: 10, offset: 0 })
    expect(rows.map((row) => row.getAttribute("href"))).toEqual([
      "/orders/order_2",
      "/orders/order_1",
    ])
    expect(within(rows[0]).getByText("Sipariş #14")).toBeTruthy()
    expect(within(rows[0]).getByText("21 Kas 2026")).toBeTruthy()
    expect(within(rows[0]).getByText("₺600,00")).toBeTruthy()
    expect(within(rows[0]).getByTestId("order-status").textContent).toBe("Bir kısmı kargoda")
    expect(within(rows[1]).getByTestId("order-status").textContent).toBe("Teslim edildi")
  })

  it("writes order numbers, dates and totals in Persian digits on a Persian page", async () => {
    await i18n.changeLanguage("fa")
    orders.list.mockResolvedValue(orderPage([storeOrder()]))
    renderOverview()
    const row = await screen.findByTestId("order-row")
    expect(row.textContent).toContain("سفارش #۱۲")
    expect(row.textContent).toContain("۱٬۲۵۰")
  })

  it("shows older orders on request", async () => {
    const firstTen = Array.from({ length: 10 }, (_, index) =>
      storeOrder({ id: `order_${20 - index}`, display_id: 20 - index })
    )
    orders.list
      .mockResolvedValueOnce(orderPage(firstTen, { count: 11 }))
      .mockResolvedValueOnce(
        orderPage([storeOrder({ id: "order_0", display_id: 3 })], { count: 11, offset: 10 })
      )
    renderOverview()
    fireEvent.click(await screen.findByTestId("more-orders"))

    await waitFor(() => expect(screen.getAllByTestId("order-row")).toHaveLength(11))
    expect(orders.list).toHaveBeenLastCalledWith({ limit: 10, offset: 10 })
    expect(screen.queryByTestId("more-orders")).toBeNull()
  })

  it("adds an address in one of the region's countries", async () => {
    const saved = customerAddress({ id: "caddr_new", country_code: "ir", city: "Tebriz" })
    customer.addAddress.mockResolvedValue({
      customer: storeCustomer({ addresses: [saved] }),
    })
    renderOverview()
    fireEvent.click(await screen.findByTestId("add-address"))

    const country = screen.getByTestId("field-country_code") as HTMLSelectElement
    await waitFor(() => expect(country.options).toHaveLength(2))
    expect([...country.options].map((option) => option.text)).toEqual(["İran", "Türkiye"])

    fireEvent.click(screen.getByTestId("save-address"))
    expect(screen.getAllByText("Bu alanı doldurun.")).toHaveLength(5)
    expect(customer.addAddress).not.toHaveBeenCalled()

    const type = (name: string, value: string) =>
      fireEvent.change(screen.getByTestId(`field-${name}`), { target: { value } })
    type("first_name", "Elif")
    type("last_name", "Demir")
    type("address_1", "Imam Cad. 5")
    type("city", "Tebriz")
    type("phone", "+98 914 111 2233")
    fireEvent.change(country, { target: { value: "ir" } })
    customer.me.mockResolvedValue({ customer: storeCustomer({ addresses: [saved] }) })
    fireEvent.click(screen.getByTestId("save-address"))

    await waitFor(() =>
      expect(customer.addAddress).toHaveBeenCalledWith({
        first_name: "Elif",
        last_name: "Demir",
        address_1: "Imam Cad. 5",
        city: "Tebriz",
        country_code: "ir",
        phone: "+98 914 111 2233",
      })
    )
    const card = await screen.findByTestId("address-card")
    expect(card.textContent).toContain("35000 Tebriz, İran")
    expect(screen.queryByTestId("address-form")).toBeNull()
  })

  it("says when an address could not be saved, and keeps what she typed", async () => {
    customer.addAddress.mockRejectedValue(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderOverview()
    fireEvent.click(await screen.findByTestId("add-address"))
    for (const [name, value] of Object.entries({
      first_name: "Elif",
      last_name: "Demir",
      address_1: "Atatürk Cad. 5",
      city: "İzmir",
      phone: "05551112233",
    })) {
      fireEvent.change(screen.getByTestId(`field-${name}`), { target: { value } })
    }
    fireEvent.click(screen.getByTestId("save-address"))
    expect(await screen.findByTestId("address-error")).toBeTruthy()
    expect((screen.getByTestId("field-city") as HTMLInputElement).value).toBe("İzmir")
  })

  it("removes an address", async () => {
    customer.me.mockResolvedValue({ customer: storeCustomer({ addresses: [customerAddress()] }) })
    customer.removeAddress.mockImplementation(async () => {
      customer.me.mockResolvedValue({ customer: storeCustomer({ addresses: [] }) })
      return { id: "caddr_1", object: "address", deleted: true }
    })
    renderOverview()

    fireEvent.click(
      await screen.findByRole("button", {
        name: "Şu adresi sil: Atatürk Cad. 5, 35000 İzmir, Türkiye",
      })
    )
    await waitFor(() => expect(customer.removeAddress).toHaveBeenCalledWith("caddr_1"))
    expect(await screen.findByTestId("addresses-empty")).toBeTruthy()
  })

  it("logs her out, forgets her cart on this device and goes home", async () => {
    keepCartId("cart_1")
    renderOverview()
    fireEvent.click(await screen.findByTestId("logout"))
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/")
    expect(customer.logout).toHaveBeenCalled()
    expect(readCartId()).toBeNull()
  })
})
