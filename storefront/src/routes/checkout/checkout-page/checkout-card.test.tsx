import type { HttpTypes } from "@medusajs/types"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { answerCheckoutReads, cartLine, storeCart } from "../../../test/cart-fixtures"
import { renderShopPage } from "../../../test/render-page"
import { keepCartId } from "../../cart/cart-storage"
import { CheckoutPage } from "./checkout-page"

const stripe = vi.hoisted(() => ({ confirmPayment: vi.fn() }))

vi.mock("../../../config", () => ({
  BACKEND_URL: "http://backend.test",
  PUBLISHABLE_KEY: "pk_store",
  STRIPE_PUBLISHABLE_KEY: "pk_test_imece",
}))
// Stripe.js comes from Stripe's servers; here its React bindings stand in for it.
vi.mock("@stripe/stripe-js", () => ({ loadStripe: vi.fn(() => Promise.resolve(null)) }))
vi.mock("@stripe/react-stripe-js", () => ({
  Elements: ({ children }: { children: unknown }) => children,
  PaymentElement: () => <div data-testid="payment-element" />,
  useStripe: () => stripe,
  useElements: () => ({}),
}))
vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      products: { list: vi.fn() },
      customer: { me: vi.fn() },
      carts: {
        retrieve: vi.fn(),
        paymentProviders: vi.fn(),
        choosePayment: vi.fn(),
        complete: vi.fn(),
      },
    },
  },
}))

const store = vi.mocked(client.store, true)

const shipped = {
  ...storeCart({ items: [cartLine({ product_id: "prod_kupe" })] }),
  email: "elif@example.com",
  shipping_address: { first_name: "Elif", address_1: "Atatürk Cd. 12", city: "Ankara" },
  shipping_methods: [{ id: "sm_1", name: "Kargo", amount: 90, shipping_option_id: "so_1" }],
} as HttpTypes.StoreCart
const payingByCard = {
  ...shipped,
  payment_collection: {
    payment_sessions: [
      { provider_id: "pp_stripe_stripe", data: { client_secret: "pi_1_secret" } as object },
    ],
  },
} as HttpTypes.StoreCart

describe("checkout by card", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    keepCartId("cart_1")
    answerCheckoutReads(store)
    store.carts.paymentProviders.mockResolvedValue({
      payment_providers: [{ id: "pp_stripe_stripe" }, { id: "pp_cash-on-delivery_offline" }],
      count: 2,
      offset: 0,
      limit: 20,
    })
  })

  it("offers the card when Stripe's key is set, and places the order once Stripe authorized it", async () => {
    store.carts.retrieve.mockResolvedValue({ cart: shipped })
    renderShopPage(<CheckoutPage />, { path: "/checkout", url: "/checkout?step=payment" })
    fireEvent.click(
      (await screen.findByTestId("payment-pp_stripe_stripe")).querySelector("input") as Element
    )
    store.carts.retrieve.mockResolvedValue({ cart: payingByCard })
    fireEvent.click(screen.getByTestId("payment-continue"))
    await waitFor(() =>
      expect(store.carts.choosePayment).toHaveBeenCalledWith(
        expect.objectContaining({ id: "cart_1" }),
        "pp_stripe_stripe"
      )
    )

    expect(await screen.findByTestId("payment-element")).toBeTruthy()
    stripe.confirmPayment.mockResolvedValue({ paymentIntent: { status: "requires_capture" } })
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
    expect(stripe.confirmPayment).toHaveBeenCalledWith(
      expect.objectContaining({ redirect: "if_required" })
    )
    expect(stripe.confirmPayment.mock.invocationCallOrder[0]).toBeLessThan(
      store.carts.complete.mock.invocationCallOrder[0]
    )
  })

  it("shows Stripe's reason for a declined card and places no order", async () => {
    store.carts.retrieve.mockResolvedValue({ cart: payingByCard })
    stripe.confirmPayment.mockResolvedValue({
      error: { type: "card_error", message: "Kartınız reddedildi." },
    })
    renderShopPage(<CheckoutPage />, { path: "/checkout", url: "/checkout?step=review" })

    fireEvent.click(await screen.findByTestId("place-order"))
    expect((await screen.findByTestId("place-order-error")).textContent).toBe(
      "Kartınızdan ödeme alınamadı: Kartınız reddedildi."
    )
    expect(store.carts.complete).not.toHaveBeenCalled()
    expect(localStorage.getItem("imece_cart_id")).toBe("cart_1")
  })
})
