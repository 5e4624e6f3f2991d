import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { changeLocale } from "../../../i18n"
import { client } from "../../../lib/client"
import { producerClient } from "../../../lib/producer-client"
import { producerShop, storeRegion } from "../../../test/fixtures"
import { renderApp } from "../../../test/render-app"

vi.mock("../../../lib/client", () => ({ client: { store: { regions: { list: vi.fn() } } } }))
vi.mock("../../../lib/producer-client", () => ({
  producerClient: { producer: { me: vi.fn(), auth: { logout: vi.fn() } } },
}))

// The pages' own contents are tested beside them; here each only says which page it is.
vi.mock("../sell-shop", () => ({ Component: () => <h1>today</h1> }))
vi.mock("../sell-shop-profile", () => ({ Component: () => <h1>profile</h1> }))
vi.mock("../sell-products", () => ({ Component: () => <h1>products</h1> }))
vi.mock("../sell-product-new", () => ({ Component: () => <h1>new product</h1> }))
vi.mock("../sell-orders", () => ({ Component: () => <h1>orders</h1> }))
vi.mock("../sell-order-detail", () => ({ Component: () => <h1>one order</h1> }))
vi.mock("../sell-earnings", () => ({ Component: () => <h1>earnings</h1> }))
vi.mock("../sell-product-edit", () => ({
  Component: () => {
    throw new Error("The product editor broke")
  },
}))

const { me, auth } = vi.mocked(producerClient.producer, true)

const SHOP_PAGES = [
  ["/sell/shop", "today"],
  ["/sell/shop/profile", "profile"],
  ["/sell/shop/products", "products"],
  ["/sell/shop/products/new", "new product"],
  ["/sell/shop/orders", "orders"],
  ["/sell/shop/orders/pord_1", "one order"],
  ["/sell/shop/earnings", "earnings"],
] as const

describe("her shop's header", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    vi.mocked(client.store.regions.list).mockResolvedValue({
      regions: [storeRegion()],
      count: 1,
      offset: 0,
      limit: 50,
    })
    me.mockResolvedValue({ producer: producerShop() })
    auth.logout.mockResolvedValue(undefined)
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it.each(SHOP_PAGES)("is on %s, instead of the shopper's header", async (url, page) => {
    renderApp(url)
    await screen.findByRole("heading", { name: page })
    const header = screen.getByTestId("shop-header")
    expect(within(header).getByRole("link", { name: "İmece Dükkânım" })).toHaveProperty(
      "pathname",
      "/sell/shop"
    )
    expect(screen.queryByTestId("site-header")).toBeNull()
    expect(screen.queryByRole("link", { name: /Sepet/ })).toBeNull()
  })

  it("holds her menu: today, products, orders, earnings, profile, her shop, language, log out", async () => {
    renderApp("/sell/shop/orders/pord_1")
    await screen.findByRole("heading", { name: "one order" })
    const menu = screen.getByRole("button", { name: "Menü" })
    expect(screen.queryByRole("navigation", { name: "Dükkânımın menüsü" })).toBeNull()

    fireEvent.click(menu)
    const nav = screen.getByRole("navigation", { name: "Dükkânımın menüsü" })
    await within(nav).findByRole("link", { name: "Dükkânımı mağazada gör" })
    const links = within(nav)
      .getAllByRole("link")
      .map((link) => [link.textContent, link.getAttribute("href")])
    expect(links).toEqual([
      ["Bugün", "/sell/shop"],
      ["Ürünlerim", "/sell/shop/products"],
      ["Siparişlerim", "/sell/shop/orders"],
      ["Kazancım", "/sell/shop/earnings"],
      ["Dükkân bilgilerim", "/sell/shop/profile"],
      ["Dükkânımı mağazada gör", "/producers/ayse-oya"],
      ["Mağazaya dön", "/"],
    ])
    // Where she is, marked for screen readers too.
    expect(
      within(nav).getByRole("link", { name: "Siparişlerim" }).getAttribute("aria-current")
    ).toBe("page")
    expect(screen.getByRole("combobox", { name: "Dil" })).toBeTruthy()

    fireEvent.click(within(nav).getByRole("link", { name: "Kazancım" }))
    await screen.findByRole("heading", { name: "earnings" })
    expect(menu.getAttribute("aria-expanded")).toBe("false")
  })

  it("logs her out from the menu and takes her to the seller login", async () => {
    const app = renderApp("/sell/shop/products")
    await screen.findByRole("heading", { name: "products" })
    fireEvent.click(screen.getByRole("button", { name: "Menü" }))
    fireEvent.click(screen.getByRole("button", { name: "Çıkış yap" }))

    await waitFor(() => expect(app.location().pathname).toBe("/sell/login"))
    expect(auth.logout).toHaveBeenCalled()
  })

  it("is in Persian on a Persian page", async () => {
    await changeLocale("fa")
    renderApp("/sell/shop")
    await screen.findByRole("heading", { name: "today" })
    fireEvent.click(screen.getByRole("button", { name: "منو" }))
    expect(screen.getByRole("navigation", { name: "منوی فروشگاه من" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "خروج" })).toBeTruthy()
  })

  it("stays above a page of her shop that fails, with a way back to her first screen", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined)
    vi.spyOn(console, "warn").mockImplementation(() => undefined)
    const app = renderApp("/sell/shop/products/prod_1")

    expect((await screen.findByTestId("page-failed")).textContent).toBe("Bu sayfa açılamadı")
    expect(screen.getByTestId("shop-header")).toBeTruthy()
    fireEvent.click(screen.getByRole("link", { name: "Dükkânıma dön" }))
    await screen.findByRole("heading", { name: "today" })
    expect(app.location().pathname).toBe("/sell/shop")
  })
})
