import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { storeProducer, storeProduct, storeRegion } from "../../../test/fixtures"
import { renderPage } from "../../../test/render-page"
import { HomePage } from "./home-page"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      producers: { list: vi.fn() },
      products: { list: vi.fn() },
      categories: { list: vi.fn() },
    },
  },
}))

const listRegions = vi.mocked(client.store.regions.list)
const listProducers = vi.mocked(client.store.producers.list)
const listProducts = vi.mocked(client.store.products.list)
const listCategories = vi.mocked(client.store.categories.list)

const renderHome = () => renderPage(<HomePage />, { path: "/", url: "/" })
const productsSection = () => screen.getByRole("region", { name: "Yeni el emeği ürünler" })

describe("the home page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    listRegions.mockResolvedValue({
      regions: [storeRegion({ id: "reg_eur", currency_code: "eur" }), storeRegion()],
      count: 2,
      offset: 0,
      limit: 50,
    })
    listProducers.mockResolvedValue({
      producers: [storeProducer()],
      count: 1,
      offset: 0,
      limit: 12,
    })
    listProducts.mockResolvedValue({ products: [storeProduct()], count: 1, offset: 0, limit: 24 })
    listCategories.mockResolvedValue({
      product_categories: [{ id: "pcat_felt", name: "Keçe", handle: "kece" }],
      count: 1,
      offset: 0,
      limit: 100,
    } as Awaited<ReturnType<typeof client.store.categories.list>>)
  })

  it("leads to each category's page, between the producers and the new products", async () => {
    renderHome()
    const categories = await screen.findByTestId("home-categories")
    expect(within(categories).getByRole("link", { name: "Keçe" })).toHaveProperty(
      "pathname",
      "/categories/kece"
    )
    expect(
      screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent)
    ).toEqual(["Üreticilerimiz", "Kategoriler", "Yeni el emeği ürünler"])
    // Named in her language: the store translates them when asked in it.
    expect(listCategories).toHaveBeenCalledWith("tr-TR")
  })

  it("shows the producers and the newest products, priced in the Turkish lira region", async () => {
    renderHome()

    const product = await screen.findByTestId("product-card")
    expect(within(product).getByText("₺650,00")).toBeTruthy()
    // In the reader's language: Turkish here, so the producers' Turkish words where written.
    expect(listProducts).toHaveBeenCalledWith({
      region_id: "reg_try",
      limit: 24,
      order: "-created_at",
      locale: "tr-TR",
    })

    const producer = await screen.findByTestId("producer-card")
    expect(within(producer).getByRole("link")).toHaveProperty("pathname", "/producers/ayse-oya")
    expect(within(producer).getByText("İğne oyası · Ödemiş")).toBeTruthy()
    expect(within(producer).getByText("Oyayı annemden öğrendim.")).toBeTruthy()
    expect(listProducers).toHaveBeenCalledWith({ limit: 12 })
  })

  it("asks for prices in the currency the shopper chose before", async () => {
    localStorage.setItem("imece_currency", "eur")
    renderHome()
    await screen.findByTestId("product-card")
    expect(listProducts).toHaveBeenCalledWith(expect.objectContaining({ region_id: "reg_eur" }))
  })

  it("offers a retry when the products fail to load, and shows them after it", async () => {
    listProducts.mockRejectedValueOnce(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderHome()

    const alert = await within(productsSection()).findByRole("alert")
    fireEvent.click(within(alert).getByRole("button", { name: "Tekrar dene" }))
    expect(await screen.findByTestId("product-card")).toBeTruthy()
  })

  it("shows an error instead of loading forever when the regions cannot be loaded", async () => {
    listRegions.mockRejectedValue(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderHome()

    expect(await within(productsSection()).findByRole("alert")).toBeTruthy()
    expect(listProducts).not.toHaveBeenCalled()
  })

  it("says so when there is nothing yet", async () => {
    listProducers.mockResolvedValue({ producers: [], count: 0, offset: 0, limit: 12 })
    listProducts.mockResolvedValue({ products: [], count: 0, offset: 0, limit: 24 })
    listCategories.mockResolvedValue({
      product_categories: [],
      count: 0,
      offset: 0,
      limit: 100,
    } as Awaited<ReturnType<typeof client.store.categories.list>>)
    renderHome()

    expect(await screen.findByText("Henüz ürün yok.")).toBeTruthy()
    expect(await screen.findByText("Henüz üretici yok.")).toBeTruthy()
    expect(await screen.findByText("Henüz kategori yok.")).toBeTruthy()
  })
})
