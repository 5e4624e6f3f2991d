import { ApiError } from "@imece/client"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { i18n } from "../../../i18n"
import { client } from "../../../lib/client"
import {
  answerCheckoutReads,
  cartLine,
  shippingOption,
  storeCart,
} from "../../../test/cart-fixtures"
import { storeRegion } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { keepCartId } from "../../cart/cart-storage"
import { CheckoutPage } from "./checkout-page"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      products: { list: vi.fn() },
      customer: { me: vi.fn() },
      carts: {
        retrieve: vi.fn(),
        update: vi.fn(),
        shippingOptions: vi.fn(),
        priceShippingOption: vi.fn(),
        addShippingMethod: vi.fn(),
        paymentProviders: vi.fn(),
        choosePayment: vi.fn(),
        complete: vi.fn(),
        removeItem: vi.fn(),
      },
    },
  },
}))

const store = vi.mocked(client.store, true)

const address = {
  first_name: "Elif",
  last_name: "Demir",
  phone: "0532 000 00 00",
  address_1: "Atatürk Cd. 12",
  city: "Ankara",
  postal_code: "",
  country_code: "tr",
}
const region = { ...storeRegion(), countries: [{ iso_2: "tr", display_name: "Türkiye" }] }
const empty = storeCart({
  items: [cartLine({ product_id: "prod_kupe" })],
  region: region as HttpTypes.StoreRegion,
})
const addressed = {
  ...empty,
  email: "elif@example.com",
  shipping_address: address,
} as HttpTypes.StoreCart
const shipped = {
  ...addressed,
  shipping_methods: [
    { id: "sm_1", name: "Standart kargo", amount: 90, shipping_option_id: "so_parcel" },
  ],
  shipping_total: 90,
} as HttpTypes.StoreCart
const paid = {
  ...shipped,
  payment_collection: { payment_sessions: [{ provider_id: "pp_cash-on-delivery_offline" }] },
} as HttpTypes.StoreCart

const field = (name: string) => screen.getByTestId(`field-${name}`)

describe("checkout", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    keepCartId("cart_1")
    answerCheckoutReads(store)
    store.carts.retrieve.mockResolvedValue({ cart: empty })
    store.carts.update.mockResolvedValue({ cart: addressed })
    store.carts.shippingOptions.mockResolvedValue({ shipping_options: [shippingOption()] })
    store.carts.priceShippingOption.mockResolvedValue({
      shipping_option: shippingOption({ amount: 90 }),
    })
    store.carts.addShippingMethod.mockResolvedValue({ cart: shipped })
    store.carts.paymentProviders.mockResolvedValue({
      payment_providers: [
        { id: "pp_system_default" },
        { id: "pp_bank-transfer_offline" },
        { id: "pp_cash-on-delivery_offline" },
      ],
      count: 3,
      offset: 0,
      limit: 20,
    })
  })

  afterEach(async () => {
    await i18n.changeLanguage("tr")
  })

  it("moves a cart started in Turkish to Persian when she reads Persian, so shipping is named in it", async () => {
    await i18n.changeLanguage("fa")
    const inPersian = { ...empty, locale: "fa-IR" } as HttpTypes.StoreCart
    store.carts.update.mockResolvedValue({ cart: inPersian })
    renderShopPage(<CheckoutPage />, { path: "/checkout", url: "/checkout" })

    await waitFor(() =>
      expect(store.carts.update).toHaveBeenCalledWith("cart_1", { locale: "fa-IR" })
    )
    expect(store.carts.update).toHaveBeenCalledTimes(1)
  })

  it("takes a guest from her address to her order in four steps", async () => {
    renderShopPage(<CheckoutPage />, { path: "/checkout", url: "/checkout" })

    expect((await screen.findByTestId("checkout-step")).textContent).toBe("Adres")
    fireEvent.click(screen.getByTestId("address-continue"))
    expect(screen.getAllByRole("alert").length).toBeGreaterThan(0)
    expect(store.carts.update).not.toHaveBeenCalled()

    fireEvent.change(field("email"), { target: { value: "elif@example.com" } })
    for (const [name, value] of Object.entries(address)) {
      if (name !== "country_code" && value) {
        fireEvent.change(field(name), { target: { value } })
      }
    }
    store.carts.retrieve.mockResolvedValue({ cart: addressed })
    fireEvent.click(screen.getByTestId("address-continue"))
    await waitFor(() =>
      expect(store.carts.update).toHaveBeenCalledWith("cart_1", {
        email: "elif@example.com",
        shipping_address: address,
        billing_address: address,
      })
    )

    expect(await screen.findByText("₺90,00")).toBeTruthy()
    expect(screen.getByTestId("checkout-step").textContent).toBe("Kargo")
    store.carts.retrieve.mockResolvedValue({ cart: shipped })
    fireEvent.click(screen.getByTestId("shipping-continue"))
    await waitFor(() =>
      expect(store.carts.addShippingMethod).toHaveBeenCalledWith("cart_1", "so_parcel")
    )

    await screen.findByTestId("payment-continue")
    // The test provider is hidden; cash on delivery comes first and is already chosen.
    expect(screen.queryByTestId("payment-pp_system_default")).toBeNull()
    expect(
      screen.getByTestId("payment-pp_cash-on-delivery_offline").querySelector("input")?.checked
    ).toBe(true)
    store.carts.retrieve.mockResolvedValue({ cart: paid })
    fireEvent.click(screen.getByTestId("payment-continue"))
    await waitFor(() =>
      expect(store.carts.choosePayment).toHaveBeenCalledWith(
        expect.objectContaining({ id: "cart_1" }),
        "pp_cash-on-delivery_offline"
      )
    )

    await screen.findByTestId("place-order")
    expect(screen.getByText("Kapıda ödeme")).toBeTruthy()
    store.carts.complete.mockResolvedValue({
      type: "order",
      order: { id: "order_1" } as HttpTypes.StoreOrder,
      order_key: "key_1",
    })
    fireEvent.click(screen.getByTestId("place-order"))
    const placed = await screen.findByTestId("elsewhere")
    expect(placed.textContent).toBe("/orders/order_1")
    // A guest's order opens only with its key, so her order page's address carries it.
    expect(placed.dataset.search).toBe("?key=key_1")
    expect(localStorage.getItem("imece_cart_id")).toBeNull()
  })

  it("says plainly when the last piece sold meanwhile, and keeps her cart", async () => {
    store.carts.retrieve.mockResolvedValue({ cart: paid })
    store.carts.complete.mockRejectedValue(
      new FetchError("Not enough stock available for item iitem_1", "Bad Request", 400)
    )
    renderShopPage(<CheckoutPage />, { path: "/checkout", url: "/checkout?step=review" })

    fireEvent.click(await screen.findByTestId("place-order"))
    expect((await screen.findByTestId("place-order-error")).textContent).toMatch(/az önce tükendi/)
    expect(localStorage.getItem("imece_cart_id")).toBe("cart_1")
  })

  it("names the piece that can no longer be bought, in her language, and takes it out", async () => {
    store.carts.retrieve.mockResolvedValue({ cart: paid })
    store.carts.complete.mockRejectedValue(
      new ApiError(
        "Ayşe is on vacation and back on 2026-12-10",
        "Bad Request",
        400,
        "producer_on_vacation",
        {
          producer: "Ayşe",
          product: "Oya küpe",
          back_on: "2026-12-10",
          line_item_id: "cali_1",
        }
      )
    )
    store.carts.removeItem.mockResolvedValue({
      id: "cali_1",
      object: "line-item",
      deleted: true,
      parent: storeCart({ items: [] }),
    })
    renderShopPage(<CheckoutPage />, { path: "/checkout", url: "/checkout?step=review" })

    fireEvent.click(await screen.findByTestId("place-order"))
    const said = (await screen.findByTestId("place-order-error")).textContent ?? ""
    expect(said).toContain("tatilde")
    expect(said).toContain("Oya küpe")
    expect(said).not.toContain("back on")

    fireEvent.click(screen.getByRole("button", { name: /Oya küpe.*ürününü sepetten çıkar/ }))
    await waitFor(() => expect(store.carts.removeItem).toHaveBeenCalledWith("cart_1", "cali_1"))
  })

  it("shows the new total when prices changed, and places the order when she confirms again", async () => {
    store.carts.retrieve.mockResolvedValue({ cart: paid })
    store.carts.complete.mockRejectedValueOnce(
      new ApiError("Prices in the cart changed", "Conflict", 409, "cart_prices_changed", {
        old_total: 54_000,
        new_total: 59_000,
        currency_code: "try",
      })
    )
    renderShopPage(<CheckoutPage />, { path: "/checkout", url: "/checkout?step=review" })

    const repriced = {
      ...paid,
      items: [cartLine({ product_id: "prod_kupe", unit_price: 500 })],
    } as HttpTypes.StoreCart
    store.carts.retrieve.mockResolvedValue({ cart: repriced })
    fireEvent.click(await screen.findByTestId("place-order"))
    const said = (await screen.findByTestId("place-order-error")).textContent ?? ""
    expect(said).toContain("₺590,00")
    expect(said).toContain("₺540,00")
    await waitFor(() => expect(screen.getByTestId("cart-total").textContent).toBe("₺590,00"))

    store.carts.complete.mockResolvedValue({
      type: "order",
      order: { id: "order_1" } as HttpTypes.StoreOrder,
      order_key: "key_1",
    })
    fireEvent.click(screen.getByTestId("place-order"))
    const placed = await screen.findByTestId("elsewhere")
    expect(placed.textContent).toBe("/orders/order_1")
    // A guest's order opens only with its key, so her order page's address carries it.
    expect(placed.dataset.search).toBe("?key=key_1")
  })
})
