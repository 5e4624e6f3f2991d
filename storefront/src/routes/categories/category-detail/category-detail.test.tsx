import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { storeProduct, storeRegion } from "../../../test/fixtures"
import { renderPage } from "../../../test/render-page"
import { CategoryDetail } from "./category-detail"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      categories: { retrieveByHandle: vi.fn() },
      products: { list: vi.fn() },
    },
  },
}))

const listRegions = vi.mocked(client.store.regions.list)
const retrieveCategory = vi.mocked(client.store.categories.retrieveByHandle)
const listProducts = vi.mocked(client.store.products.list)

const felt = { id: "pcat_felt", name: "Keçe", handle: "kece", description: "Elde dövülmüş yün." }
const renderCategory = (handle = "kece") =>
  renderPage(<CategoryDetail />, { path: "/categories/:handle", url: `/categories/${handle}` })

describe("a category's page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    listRegions.mockResolvedValue({ regions: [storeRegion()], count: 1, offset: 0, limit: 50 })
    retrieveCategory.mockResolvedValue(
      felt as Awaited<ReturnType<typeof client.store.categories.retrieveByHandle>>
    )
    listProducts.mockResolvedValue({ products: [storeProduct()], count: 1, offset: 0, limit: 24 })
  })

  it("shows the category's name and its newest products, priced for the region", async () => {
    renderCategory()
    expect((await screen.findByTestId("category-title")).textContent).toBe("Keçe")
    expect(screen.getByText("Elde dövülmüş yün.")).toBeTruthy()
    const card = await screen.findByTestId("product-card")
    expect(within(card).getByText("₺650,00")).toBeTruthy()
    expect(retrieveCategory).toHaveBeenCalledWith("kece", "tr-TR")
    expect(listProducts).toHaveBeenCalledWith({
      category_id: ["pcat_felt"],
      region_id: "reg_try",
      order: "-created_at",
      limit: 24,
      offset: 0,
      locale: "tr-TR",
    })
    expect(screen.queryByTestId("category-more")).toBeNull()
  })

  it("shows more products on request", async () => {
    const page = Array.from({ length: 24 }, (_, index) =>
      storeProduct({ id: `prod_${index}`, handle: `urun-${index}` })
    )
    listProducts
      .mockResolvedValueOnce({ products: page, count: 25, offset: 0, limit: 24 })
      .mockResolvedValueOnce({
        products: [storeProduct({ id: "prod_last" })],
        count: 25,
        offset: 24,
        limit: 24,
      })
    renderCategory()

    fireEvent.click(await screen.findByTestId("category-more"))
    await waitFor(() => expect(screen.getAllByTestId("product-card")).toHaveLength(25))
    expect(listProducts).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 24 }))
    expect(screen.queryByTestId("category-more")).toBeNull()
  })

  it("says so when the category has nothing on sale yet", async () => {
    listProducts.mockResolvedValue({ products: [], count: 0, offset: 0, limit: 24 })
    renderCategory()
    expect(await screen.findByText("Bu kategoride henüz ürün yok.")).toBeTruthy()
  })

  it("says the category was not found for an unknown handle", async () => {
    retrieveCategory.mockResolvedValue(undefined)
    renderCategory("yok-boyle")
    expect(await screen.findByText("Bu kategori bulunamadı.")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Ana sayfaya dön" })).toHaveProperty("pathname", "/")
    expect(listProducts).not.toHaveBeenCalled()
  })

  it("offers a retry when the category cannot be loaded", async () => {
    retrieveCategory.mockRejectedValueOnce(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderCategory()
    fireEvent.click(await screen.findByRole("button", { name: "Tekrar dene" }))
    expect((await screen.findByTestId("category-title")).textContent).toBe("Keçe")
  })
})
