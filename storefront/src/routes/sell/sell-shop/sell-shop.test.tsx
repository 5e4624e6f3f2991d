import { screen } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { producerClient } from "../../../lib/producer-client"
import { producerShop } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { SellShop } from "./sell-shop"

vi.mock("../../../lib/producer-client", () => ({
  producerClient: { producer: { me: vi.fn(), dashboard: vi.fn(), auth: { logout: vi.fn() } } },
}))

const { me, dashboard } = vi.mocked(producerClient.producer)

const renderToday = () => renderShopPage(<SellShop />, { path: "/sell/shop", url: "/sell/shop" })

describe("her first screen", () => {
  beforeEach(() => {
    me.mockReset()
    dashboard.mockReset()
    me.mockResolvedValue({ producer: producerShop() })
  })

  it("says what to do today: orders to start, to ship, and products running low", async () => {
    dashboard.mockResolvedValue({
      dashboard: {
        new_orders: 2,
        orders_to_ship: 1,
        low_stock: [{ product_id: "prod_1", variant_id: "v1", title: "Oya küpe", available: 1 }],
      },
    })
    renderToday()

    expect((await screen.findByTestId("today-new-orders")).textContent).toContain("2")
    expect(screen.getByTestId("today-new-orders").getAttribute("href")).toBe(
      "/sell/shop/orders?status=new"
    )
    expect(screen.getByTestId("today-to-ship").textContent).toContain("1")
    expect(screen.getByTestId("today-low-stock").textContent).toContain("Oya küpe: 1 adet kaldı")
    expect(screen.queryByText("Bekleyen iş yok. Eline sağlık!")).toBeNull()
  })

  it("says so when nothing is waiting", async () => {
    dashboard.mockResolvedValue({ dashboard: { new_orders: 0, orders_to_ship: 0, low_stock: [] } })
    renderToday()
    expect(await screen.findByText("Bekleyen iş yok. Eline sağlık!")).toBeTruthy()
  })
})
