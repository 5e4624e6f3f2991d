import { ApiError, type StoreProductWithProducer } from "@imece/client"
import { fireEvent, screen, within } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { i18n } from "../../../i18n"
import { client } from "../../../lib/client"
import { storeCart } from "../../../test/cart-fixtures"
import { storeProducer, storeProduct, storeRegion, storeVariant } from "../../../test/fixtures"
import { renderPage } from "../../../test/render-page"
import { ProductDetail } from "./product-detail"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      products: { list: vi.fn() },
      carts: { create: vi.fn(), addItem: vi.fn(), retrieve: vi.fn() },
    },
  },
}))

const listRegions = vi.mocked(client.store.regions.list)
const listProducts = vi.mocked(client.store.products.list)
const createCart = vi.mocked(client.store.carts.create)
const addItem = vi.mocked(client.store.carts.addItem)
const retrieveCart = vi.mocked(client.store.carts.retrieve)

const renderProduct = () =>
  renderPage(<ProductDetail />, { path: "/products/:handle", url: "/products/oyali-yazma" })

function answerWith(product: StoreProductWithProducer | null) {
  listProducts.mockResolvedValue({
    products: product ? [product] : [],
    count: product ? 1 : 0,
    offset: 0,
    limit: 1,
  })
}

describe("the product page", () => {
  afterEach(async () => {
    await i18n.changeLanguage("tr")
  })

  beforeEach(() => {
    vi.resetAllMocks()
    listRegions.mockResolvedValue({ regions: [storeRegion()], count: 1, offset: 0, limit: 50 })
  })

  it("shows the piece with its photos, price and the woman who made it", async () => {
    answerWith(
      storeProduct({
        images: [
          { id: "img_1", url: "http://api.test/static/yazma.svg", rank: 0 },
          { id: "img_2", url: "http://api.test/static/yazma-2.svg", rank: 1 },
        ],
      })
    )
    renderProduct()

    expect((await screen.findByTestId("product-title")).textContent).toBe("Gelincik oyalı yazma")
    expect(listProducts).toHaveBeenCalledWith(
      expect.objectContaining({ handle: "oyali-yazma", region_id: "reg_try", limit: 1 })
    )
    expect(screen.getByTestId("product-price").textContent).toBe("₺650,00")
    expect(screen.getByText("Pamuklu yazma, kenarı ipek iğne oyası.")).toBeTruthy()
    expect(screen.getByText("Stokta 3 adet")).toBeTruthy()
    // The thumbnail is also the first image: two photos, each once.
    const gallery = screen.getByRole("region", { name: "Ürün fotoğrafları" })
    expect(
      within(gallery)
        .getAllByRole("button")
        .map((button) => button.getAttribute("aria-label"))
    ).toEqual(["1. fotoğrafı göster", "2. fotoğrafı göster"])

    const maker = screen.getByTestId("maker-card")
    expect(within(maker).getByTestId("maker-name").textContent).toBe("Ayşe Yılmaz")
    expect(within(maker).getByRole("link")).toHaveProperty("pathname", "/producers/ayse-oya")
  })

  it("marks her Turkish words lang=tr on a Persian page, so they read left to right", async () => {
    await i18n.changeLanguage("fa")
    answerWith(storeProduct())
    renderProduct()

    const title = await screen.findByTestId("product-title")
    expect([title.getAttribute("lang"), title.getAttribute("dir")]).toEqual(["tr", "auto"])
    expect(screen.getByText("Pamuklu yazma, kenarı ipek iğne oyası.").getAttribute("lang")).toBe(
      "tr"
    )
    expect(screen.getByText("pamuk, ipek iplik").getAttribute("lang")).toBe("tr")
  })

  it("lets the shopper choose a variant, and shows its price", async () => {
    answerWith(
      storeProduct({
        variants: [
          storeVariant(450, { id: "variant_small", title: "Küçük" }),
          storeVariant(650, { id: "variant_large", title: "Büyük" }),
        ],
      })
    )
    renderProduct()

    const large = await screen.findByRole("button", { name: "Büyük" })
    expect(screen.getByTestId("product-price").textContent).toBe("₺450,00")
    fireEvent.click(large)
    expect(screen.getByTestId("product-price").textContent).toBe("₺650,00")
    expect(large.getAttribute("aria-pressed")).toBe("true")
  })

  it("says how long a made-to-order piece takes instead of its stock", async () => {
    answerWith(
      storeProduct({
        metadata: { made_to_order_days: 10 },
        variants: [storeVariant(650, { inventory_quantity: 0, allow_backorder: true })],
      })
    )
    renderProduct()
    expect(await screen.findByText("Siparişe özel yapılır — 10 günde kargoda")).toBeTruthy()
  })

  it("does not call a piece out of stock when its stock is not counted", async () => {
    answerWith(
      storeProduct({
        variants: [storeVariant(650, { manage_inventory: false, inventory_quantity: undefined })],
      })
    )
    renderProduct()
    expect(await screen.findByText("Sipariş verilebilir")).toBeTruthy()
  })

  it("says the product was not found when no published product has the handle", async () => {
    answerWith(null)
    renderProduct()
    expect(await screen.findByText("Bu ürün bulunamadı.")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Ana sayfaya dön" })).toHaveProperty("pathname", "/")
  })

  it("starts her cart with the piece, in the region and language she shops in, then adds to it", async () => {
    answerWith(storeProduct())
    createCart.mockResolvedValue({ cart: storeCart() })
    retrieveCart.mockResolvedValue({ cart: storeCart() })
    renderProduct()

    fireEvent.click(await screen.findByRole("button", { name: "+" }))
    fireEvent.click(screen.getByTestId("add-to-cart"))
    expect(await screen.findByText("Sepete eklendi.")).toBeTruthy()
    expect(createCart).toHaveBeenCalledWith({
      region_id: "reg_try",
      locale: "tr-TR",
      items: [{ variant_id: "variant_1", quantity: 2 }],
    })
    expect(localStorage.getItem("imece_cart_id")).toBe("cart_1")
    expect(screen.getByTestId("go-to-cart")).toHaveProperty("pathname", "/cart")

    addItem.mockRejectedValue(new Error("Some variant does not have the required inventory"))
    fireEvent.click(screen.getByTestId("add-to-cart"))
    expect((await screen.findByTestId("add-to-cart-error")).textContent).toBe(
      "Bu üründen yeterli stok kalmadı."
    )
    expect(addItem).toHaveBeenCalledWith("cart_1", { variant_id: "variant_1", quantity: 2 })
  })

  it("says in Turkish that the maker went away since the page opened, not in the server's English", async () => {
    answerWith(storeProduct())
    const english = "Ayşe is away for now: Oyalı yazma can be bought again when she is back."
    createCart.mockRejectedValue(
      new ApiError(english, "Bad Request", 400, "producer_away", {
        producer: "Ayşe",
        product: "Oyalı yazma",
        line_item_id: "",
      })
    )
    renderProduct()

    fireEvent.click(await screen.findByTestId("add-to-cart"))
    const error = await screen.findByTestId("add-to-cart-error")
    expect(error.textContent).toContain("bir süreliğine tatilde")
    expect(error.textContent).toContain("Oyalı yazma")
    expect(error.textContent).not.toContain(english)
  })

  it("says when the maker is back from her holiday, and offers no cart meanwhile", async () => {
    const until = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    answerWith(
      storeProduct({
        producer: storeProducer({ vacation_from: "2020-01-01", vacation_until: until }),
      })
    )
    renderProduct()

    expect((await screen.findByTestId("on-vacation")).textContent).toMatch(/Ayşe Yılmaz tatilde/)
    expect(screen.queryByTestId("add-to-cart")).toBeNull()
  })
})
