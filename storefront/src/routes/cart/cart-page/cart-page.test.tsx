import { ApiError } from "@imece/client"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { cartLine, shippingOption, storeCart } from "../../../test/cart-fixtures"
import { storeProducer, storeProduct, storeRegion, storeVariant } from "../../../test/fixtures"
import { renderPage } from "../../../test/render-page"
import { keepCartId } from "../cart-storage"
import { CartPage } from "./cart-page"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      products: { list: vi.fn() },
      carts: {
        retrieve: vi.fn(),
        update: vi.fn(),
        updateItem: vi.fn(),
        removeItem: vi.fn(),
        shippingOptions: vi.fn(),
        priceShippingOption: vi.fn(),
      },
    },
  },
}))

const store = vi.mocked(client.store, true)

const ayse = storeProducer()
const zehra = storeProducer({ id: "prdcr_2", handle: "zehra-kece", name: "Zehra" })
const twoProducersCart = storeCart({
  items: [
    cartLine({ id: "line_kupe", product_id: "prod_kupe", product_title: "Oya küpe", quantity: 2 }),
    cartLine({
      id: "line_terlik",
      product_id: "prod_terlik",
      variant_id: "variant_terlik",
      product_title: "Keçe terlik",
      unit_price: 600,
      created_at: new Date("2026-11-22T11:00:00Z"),
    }),
  ],
})

describe("the cart", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    store.regions.list.mockResolvedValue({
      regions: [storeRegion()],
      count: 1,
      offset: 0,
      limit: 50,
    })
    store.products.list.mockResolvedValue({
      products: [
        storeProduct({ id: "prod_kupe", producer: ayse }),
        storeProduct({
          id: "prod_terlik",
          producer: zehra,
          variants: [storeVariant(600, { id: "variant_terlik", inventory_quantity: 1 })],
        }),
      ],
      count: 2,
      offset: 0,
      limit: 2,
    })
    store.carts.shippingOptions.mockResolvedValue({ shipping_options: [shippingOption()] })
    store.carts.priceShippingOption.mockResolvedValue({
      shipping_option: shippingOption({ amount: 180 }),
    })
  })

  it("says so when it is empty", async () => {
    renderPage(<CartPage />, { path: "/cart", url: "/cart" })
    expect(await screen.findByTestId("cart-empty")).toBeTruthy()
  })

  it("shows one parcel per producer, each with its shipping, and the total", async () => {
    keepCartId("cart_1")
    store.carts.retrieve.mockResolvedValue({ cart: twoProducersCart })
    renderPage(<CartPage />, { path: "/cart", url: "/cart" })

    await waitFor(() => expect(screen.getAllByTestId("cart-group")).toHaveLength(2))
    const [first, second] = screen.getAllByTestId("cart-group")
    expect(within(first).getByRole("link", { name: "Ayşe Yılmaz gönderiyor" })).toBeTruthy()
    expect(within(second).getByRole("link", { name: "Zehra gönderiyor" })).toBeTruthy()
    await waitFor(() => expect(within(first).getByText("Kargo: ₺90,00")).toBeTruthy())
    expect(screen.getByText("Her üretici kendi paketini gönderir: 2 paket.")).toBeTruthy()
    expect(screen.getByTestId("cart-total").textContent).toBe("₺1.680,00")
    expect(store.carts.priceShippingOption).toHaveBeenCalledWith("so_parcel", "cart_1")
    // Only one terlik is left: she cannot ask for a second.
    expect(within(second).getByRole("button", { name: "Keçe terlik: bir artır" })).toHaveProperty(
      "disabled",
      true
    )
  })

  it("changes a quantity and removes a line, and says when stock refuses", async () => {
    keepCartId("cart_1")
    store.carts.retrieve.mockResolvedValue({ cart: twoProducersCart })
    store.carts.updateItem.mockRejectedValue(
      new Error("Some variant does not have the required inventory")
    )
    store.carts.removeItem.mockResolvedValue({
      id: "line_kupe",
      object: "line-item",
      deleted: true,
      parent: storeCart({ items: [twoProducersCart.items?.[1] ?? cartLine()] }),
    })
    renderPage(<CartPage />, { path: "/cart", url: "/cart" })

    fireEvent.click(await screen.findByRole("button", { name: "Oya küpe: bir artır" }))
    expect((await screen.findByTestId("cart-error")).textContent).toMatch(/Stokta yeterli/)
    expect(store.carts.updateItem).toHaveBeenCalledWith("cart_1", "line_kupe", 3)

    fireEvent.click(screen.getByRole("button", { name: "Oya küpe ürününü sepetten çıkar" }))
    await waitFor(() => expect(store.carts.removeItem).toHaveBeenCalledWith("cart_1", "line_kupe"))
  })

  it("says in her language why more of a piece cannot be had: its maker is on vacation", async () => {
    keepCartId("cart_1")
    store.carts.retrieve.mockResolvedValue({ cart: twoProducersCart })
    store.carts.updateItem.mockRejectedValue(
      new ApiError("Ayşe is on vacation", "Bad Request", 400, "producer_on_vacation", {
        producer: "Ayşe",
        product: "Oya küpe",
        back_on: "2026-12-10",
        line_item_id: "line_kupe",
      })
    )
    renderPage(<CartPage />, { path: "/cart", url: "/cart" })

    fireEvent.click(await screen.findByRole("button", { name: "Oya küpe: bir artır" }))
    const said = (await screen.findByTestId("cart-error")).textContent ?? ""
    expect(said).toContain("tatilde")
    expect(said).toContain("10 Ara 2026")
  })
})
