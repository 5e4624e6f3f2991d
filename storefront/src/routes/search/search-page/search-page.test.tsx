import type { StoreSearchResponse } from "@imece/client"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { SearchBox } from "../../../components/layout/search-box"
import { i18n } from "../../../i18n"
import { client } from "../../../lib/client"
import { storeProducer, storeProduct, storeRegion } from "../../../test/fixtures"
import { renderPage } from "../../../test/render-page"
import { SearchPage } from "./search-page"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      categories: { list: vi.fn() },
      search: vi.fn(),
    },
  },
}))

const listRegions = vi.mocked(client.store.regions.list)
const listCategories = vi.mocked(client.store.categories.list)
const search = vi.mocked(client.store.search)

const maker = storeProducer()
const found = (overrides: Partial<StoreSearchResponse> = {}): StoreSearchResponse => ({
  products: [storeProduct()],
  producers: [
    {
      id: maker.id,
      handle: maker.handle,
      name: maker.name,
      city: maker.city,
      avatar_url: maker.avatar_url,
      craft: maker.craft,
    },
  ],
  count: 1,
  offset: 0,
  limit: 20,
  ...overrides,
})

/** The search page under the box at the top of every page, as the layout shows them. */
const renderSearch = (url = "/search") =>
  renderPage(
    <>
      <SearchBox />
      <SearchPage />
    </>,
    { path: "/search", url }
  )

const box = () => screen.getByRole("searchbox", { name: "Ara" })
const lastSearch = () => search.mock.calls.at(-1)?.[0]

describe("the search page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    listRegions.mockResolvedValue({ regions: [storeRegion()], count: 1, offset: 0, limit: 50 })
    listCategories.mockResolvedValue({
      product_categories: [{ id: "pcat_felt", name: "Keçe", handle: "kece" }],
      count: 1,
      offset: 0,
      limit: 100,
    } as Awaited<ReturnType<typeof client.store.categories.list>>)
    search.mockResolvedValue(found())
  })

  it("asks her what she is looking for before searching", async () => {
    renderSearch()
    expect(await screen.findByText("Aramak istediğinizi yazın.")).toBeTruthy()
    expect(search).not.toHaveBeenCalled()
  })

  it("shows matching makers first and then products as she types, after a pause", async () => {
    renderSearch()
    fireEvent.change(box(), { target: { value: "o" } })
    fireEvent.change(box(), { target: { value: "oy" } })
    fireEvent.change(box(), { target: { value: "oya" } })

    const producer = await screen.findByTestId("search-producer")
    expect(producer).toHaveProperty("pathname", "/producers/ayse-oya")
    // Her craft says why she was found.
    expect(within(producer).getByText("İğne oyası · Ödemiş")).toBeTruthy()
    expect(within(screen.getByTestId("product-card")).getByText("₺650,00")).toBeTruthy()
    expect(screen.getByTestId("search-count").textContent).toBe("“oya” için 1 sonuç")
    // Only the pause asked, and only with what the route accepts.
    expect(search).toHaveBeenCalledTimes(1)
    expect(search).toHaveBeenCalledWith({
      q: "oya",
      region_id: "reg_try",
      locale: "tr-TR",
      limit: 20,
      offset: 0,
    })
  })

  it("reads a shared link: the words in the box, the filters in the query", async () => {
    renderSearch("/search?q=yazma&sort=newest&city=%C3%96demi%C5%9F")
    await screen.findByTestId("product-card")
    expect(box()).toHaveProperty("value", "yazma")
    expect(screen.getByTestId("filter-sort")).toHaveProperty("value", "newest")
    expect(search).toHaveBeenCalledWith({
      q: "yazma",
      sort: "newest",
      city: "Ödemiş",
      region_id: "reg_try",
      locale: "tr-TR",
      limit: 20,
      offset: 0,
    })
  })

  it("puts the category, city, prices and order she chose into the query", async () => {
    renderSearch("/search?q=yazma")
    await screen.findByTestId("product-card")
    await screen.findByRole("option", { name: "Keçe" })

    fireEvent.change(screen.getByTestId("filter-category"), { target: { value: "pcat_felt" } })
    fireEvent.change(screen.getByTestId("filter-city"), { target: { value: "İzmir" } })
    fireEvent.change(screen.getByTestId("filter-sort"), { target: { value: "price_desc" } })
    // Typed on a Persian keyboard, with a Persian decimal separator.
    fireEvent.change(screen.getByTestId("filter-price-min"), { target: { value: "۱۰۰" } })
    fireEvent.change(screen.getByTestId("filter-price-max"), { target: { value: "۴۵۰٫۵" } })

    await waitFor(() =>
      expect(lastSearch()).toEqual({
        q: "yazma",
        category_id: "pcat_felt",
        city: "İzmir",
        sort: "price_desc",
        price_min: 100,
        price_max: 450.5,
        region_id: "reg_try",
        locale: "tr-TR",
        limit: 20,
        offset: 0,
      })
    )
    expect(screen.getByTestId("filter-price-min")).toHaveProperty("value", "۱۰۰")

    fireEvent.click(screen.getByRole("button", { name: "Filtreleri temizle" }))
    await waitFor(() =>
      expect(lastSearch()).toEqual({
        q: "yazma",
        region_id: "reg_try",
        locale: "tr-TR",
        limit: 20,
        offset: 0,
      })
    )
  })

  it("keeps the last results on screen while the next ones load", async () => {
    renderSearch("/search?q=oya")
    await screen.findByTestId("product-card")
    search.mockReturnValue(new Promise(() => {}))

    fireEvent.change(box(), { target: { value: "oyalı" } })
    await waitFor(() => expect(lastSearch()).toMatchObject({ q: "oyalı" }))
    expect(screen.getByTestId("product-card")).toBeTruthy()
    expect(screen.queryByText("Yükleniyor…")).toBeNull()
  })

  it("says so and hints what to try when nothing matches", async () => {
    search.mockResolvedValue(found({ products: [], producers: [], count: 0 }))
    renderSearch("/search?q=zzz&city=Van")

    const empty = await screen.findByTestId("search-empty")
    expect(empty.textContent).toContain("Daha kısa bir kelime deneyin")
    expect(screen.getByTestId("search-count").textContent).toBe("“zzz” için 0 sonuç")

    fireEvent.click(within(empty).getByRole("button", { name: "Filtreleri temizle" }))
    await waitFor(() => expect(lastSearch()).toEqual(expect.not.objectContaining({ city: "Van" })))
  })

  it("offers a retry when the search fails", async () => {
    search.mockRejectedValueOnce(new FetchError("Bad gateway", "Bad Gateway", 502))
    renderSearch("/search?q=oya")

    const alert = await screen.findByRole("alert")
    fireEvent.click(within(alert).getByRole("button", { name: "Tekrar dene" }))
    expect(await screen.findByTestId("product-card")).toBeTruthy()
  })

  it("shows twenty at a time and more on request", async () => {
    const many = Array.from({ length: 20 }, (_, index) =>
      storeProduct({ id: `prod_${index}`, handle: `urun-${index}` })
    )
    search
      .mockResolvedValueOnce(found({ products: many, count: 21 }))
      .mockResolvedValueOnce(
        found({ products: [storeProduct({ id: "prod_last" })], count: 21, offset: 20 })
      )
    renderSearch("/search?q=oya")

    fireEvent.click(await screen.findByTestId("search-more"))
    await waitFor(() => expect(screen.getAllByTestId("product-card")).toHaveLength(21))
    expect(lastSearch()).toEqual({
      q: "oya",
      region_id: "reg_try",
      locale: "tr-TR",
      limit: 20,
      offset: 20,
    })
    expect(screen.queryByTestId("search-more")).toBeNull()
  })

  it("counts in Persian digits for a Persian reader", async () => {
    await i18n.changeLanguage("fa")
    search.mockResolvedValue(found({ count: 12 }))
    renderSearch("/search?category_id=pcat_felt")

    expect((await screen.findByTestId("search-count")).textContent).toBe("۱۲ محصول")
  })
})
