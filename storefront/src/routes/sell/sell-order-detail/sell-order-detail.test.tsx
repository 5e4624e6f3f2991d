import { ApiError } from "@imece/client"
import { common } from "@imece/i18n"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { producerClient } from "../../../lib/producer-client"
import { producerOrder } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { SellOrderDetail } from "./sell-order-detail"

vi.mock("../../../lib/producer-client", () => ({
  producerClient: {
    producer: {
      dashboard: vi.fn(),
      orders: { retrieve: vi.fn(), prepare: vi.fn(), ship: vi.fn(), deliver: vi.fn() },
    },
  },
}))

const { retrieve, ship, prepare } = vi.mocked(producerClient.producer.orders)

const renderOrder = () =>
  renderShopPage(<SellOrderDetail />, {
    path: "/sell/shop/orders/:id",
    url: "/sell/shop/orders/prodord_1",
  })

describe("her part of an order", () => {
  beforeEach(() => {
    retrieve.mockReset()
    ship.mockReset()
    prepare.mockReset()
  })

  it("shows what to send, where, and what she earns", async () => {
    retrieve.mockResolvedValue({ order: producerOrder() })
    renderOrder()

    expect((await screen.findByTestId("order-status")).textContent).toBe("Yeni")
    expect(screen.getByTestId("order-address").textContent).toContain("Atatürk Cad. 5")
    expect(screen.getByTestId("order-earnings").textContent).toContain("900")
    expect(screen.getByTestId("order-prepare")).toBeTruthy()
  })

  it("asks for the carrier and tracking number before marking it shipped", async () => {
    retrieve.mockResolvedValue({ order: producerOrder({ status: "preparing" }) })
    ship.mockResolvedValue({
      order: producerOrder({ status: "shipped", carrier: "PTT Kargo", tracking_number: "PTT123" }),
    })
    renderOrder()

    fireEvent.click(await screen.findByTestId("order-ship"))
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toEqual([
      "Kargo firmasının adını yazın.",
      "Takip numarasını yazın.",
    ])
    expect(ship).not.toHaveBeenCalled()

    fireEvent.change(screen.getByTestId("field-carrier"), { target: { value: " PTT Kargo " } })
    fireEvent.change(screen.getByTestId("field-tracking_number"), { target: { value: "PTT123" } })
    retrieve.mockResolvedValue({
      order: producerOrder({ status: "shipped", carrier: "PTT Kargo", tracking_number: "PTT123" }),
    })
    fireEvent.click(screen.getByTestId("order-ship"))

    await waitFor(() =>
      expect(screen.getByTestId("order-shipment").textContent).toBe(
        "PTT Kargo ile gönderildi, takip numarası PTT123."
      )
    )
    expect(ship).toHaveBeenCalledWith("prodord_1", {
      carrier: "PTT Kargo",
      tracking_number: "PTT123",
    })
  })

  it("says in Turkish why her step was refused, not in the server's English", async () => {
    const english =
      "Your shop is suspended by the cooperative: you can see it, but not change it until it is reopened."
    retrieve.mockResolvedValue({ order: producerOrder() })
    prepare.mockRejectedValue(new ApiError(english, "Forbidden", 403, "shop_suspended"))
    renderOrder()

    fireEvent.click(await screen.findByTestId("order-prepare"))
    const error = await screen.findByTestId("order-error")
    expect(error.textContent).toBe(common.tr.errors.codes.shop_suspended)
    expect(error.textContent).not.toBe(english)
  })

  it("says plainly when the part is not hers", async () => {
    retrieve.mockRejectedValue(new FetchError("You have no order part…", "Not Found", 404))
    renderOrder()
    expect(await screen.findByText("Bu sipariş bulunamadı.")).toBeTruthy()
  })

  it("sends her to log in when her session has ended", async () => {
    retrieve.mockRejectedValue(new FetchError("Unauthorized", "Unauthorized", 401))
    renderOrder()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/sell/login")
  })
})
