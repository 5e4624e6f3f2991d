import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { renderShopPage } from "../../../test/render-page"
import { OrderLookup } from "./order-lookup"

vi.mock("../../../lib/client", () => ({
  client: { store: { orders: { lookup: vi.fn() } } },
}))

const { orders } = vi.mocked(client.store, true)

function renderLookup() {
  renderShopPage(<OrderLookup />, { path: "/orders/find", url: "/orders/find" })
}

function search(email: string, number: string) {
  fireEvent.change(screen.getByTestId("field-email"), { target: { value: email } })
  fireEvent.change(screen.getByTestId("field-display_id"), { target: { value: number } })
  fireEvent.click(screen.getByTestId("order-lookup-submit"))
}

describe("finding her order as a guest", () => {
  beforeEach(() => {
    vi.resetAllMocks()
  })

  it("asks for her e-mail and order number, and says what is wrong before sending anything", () => {
    renderLookup()
    expect(screen.getByRole("heading", { name: "Siparişinizi bulun" })).toBeTruthy()
    expect(screen.getByLabelText("E-posta")).toBeTruthy()
    expect(screen.getByLabelText("Sipariş numarası")).toBeTruthy()
    expect(screen.getByTestId("login-link").getAttribute("href")).toBe("/account/login")

    fireEvent.click(screen.getByTestId("order-lookup-submit"))
    expect(screen.getAllByText("Bu alanı doldurun.")).toHaveLength(2)

    search("elif.example.com", "12a")
    expect(screen.getByText(/Geçerli bir e-posta adresi yazın/)).toBeTruthy()
    expect(screen.getByText("Sipariş numarasını yalnızca rakamla yazın (ör. 1042).")).toBeTruthy()
    expect(orders.lookup).not.toHaveBeenCalled()
  })

  it("searches with the number as on her receipt, says it is searching, and opens her order", async () => {
    let answer: (value: { order: { id: string }; order_key: string }) => void = () => undefined
    orders.lookup.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    renderLookup()
    search(" Elif@Example.com ", "#۱۰۴۲")

    const button = await screen.findByRole("button", { name: "Aranıyor…" })
    expect(button.hasAttribute("disabled")).toBe(true)
    expect(orders.lookup).toHaveBeenCalledWith({ email: "Elif@Example.com", display_id: 1042 })

    answer({ order: { id: "order_1" }, order_key: "key_1" })
    const opened = await screen.findByTestId("elsewhere")
    expect(opened.textContent).toBe("/orders/order_1")
    expect(opened.dataset.search).toBe("?key=key_1")
  })

  it("says no order matched and where to check the number, keeping her on the page", async () => {
    orders.lookup.mockRejectedValue(
      new FetchError("No order matches this e-mail and number", "Not Found", 404)
    )
    renderLookup()
    search("elif@example.com", "1042")

    expect((await screen.findByTestId("order-lookup-error")).textContent).toBe(
      "Bu e-posta ve numarayla bir sipariş bulamadık. Lütfen e-postanıza gelen sipariş özetindeki numarayı ve sipariş verirken yazdığınız e-postayı kontrol edin."
    )
    expect(screen.queryByTestId("elsewhere")).toBeNull()
    expect(screen.getByRole("button", { name: "Siparişimi bul" })).toBeTruthy()
  })

  it("asks her to try again later when the store cannot answer", async () => {
    orders.lookup.mockRejectedValue(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderLookup()
    search("elif@example.com", "1042")

    expect((await screen.findByTestId("order-lookup-error")).textContent).toBe(
      "Siparişiniz şu an aranamadı. Lütfen biraz sonra tekrar deneyin."
    )
    expect(screen.queryByTestId("elsewhere")).toBeNull()
  })
})
