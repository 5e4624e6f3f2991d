import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { changeLocale } from "./i18n"
import { client } from "./lib/client"
import { storeProducer, storeProduct, storeRegion } from "./test/fixtures"
import { renderApp } from "./test/render-app"

vi.mock("./lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      producers: { list: vi.fn() },
      products: { list: vi.fn() },
      categories: { list: vi.fn(), retrieveByHandle: vi.fn() },
    },
  },
}))

// A page that cannot show: stands in for any bug in any page.
vi.mock("./routes/search/search-page", () => ({
  Component: () => {
    throw new Error("The search page broke")
  },
}))

const { regions, producers, products, categories } = vi.mocked(client.store, true)

const CATEGORIES = [
  { id: "pcat_felt", name: "Keçe", handle: "kece" },
  { id: "pcat_lace", name: "Oya", handle: "oya" },
]

describe("the storefront's pages together", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    regions.list.mockResolvedValue({ regions: [storeRegion()], count: 1, offset: 0, limit: 50 })
    producers.list.mockResolvedValue({
      producers: [storeProducer()],
      count: 1,
      offset: 0,
      limit: 12,
    })
    products.list.mockImplementation(async (query) => {
      const felt = query?.category_id?.includes("pcat_felt")
      const product = felt
        ? storeProduct({ id: "prod_felt", handle: "kece-canta", title: "Keçe çanta" })
        : storeProduct()
      return { products: [product], count: 1, offset: 0, limit: 24 }
    })
    categories.list.mockResolvedValue({
      product_categories: CATEGORIES,
      count: CATEGORIES.length,
      offset: 0,
      limit: 100,
    } as Awaited<ReturnType<typeof client.store.categories.list>>)
    categories.retrieveByHandle.mockImplementation(
      async (handle) =>
        CATEGORIES.find((category) => category.handle === handle) as Awaited<
          ReturnType<typeof client.store.categories.retrieveByHandle>
        >
    )
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  it.each(["tr", "fa"] as const)(
    "opens a category from its chip on the home page (%s), with the category's products",
    async (locale) => {
      await changeLocale(locale)
      const app = renderApp("/")

      const chips = await screen.findByTestId("home-categories")
      // The home page's newest products are in the cache when she taps.
      await screen.findByTestId("product-card")
      fireEvent.click(within(chips).getByRole("link", { name: "Keçe" }))

      expect((await screen.findByTestId("category-title")).textContent).toBe("Keçe")
      expect(await screen.findByText("Keçe çanta")).toBeTruthy()
      expect(app.location().pathname).toBe("/categories/kece")
      expect(screen.queryByTestId("page-failed")).toBeNull()
      expect(screen.getByTestId("site-header")).toBeTruthy()
    }
  )

  it("shows a page that fails as an error in her language, inside the header, with a way home", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined)
    vi.spyOn(console, "warn").mockImplementation(() => undefined)
    const app = renderApp("/search?q=oya")

    expect((await screen.findByTestId("page-failed")).textContent).toBe("Bu sayfa açılamadı")
    expect(screen.queryByText(/Unexpected Application Error/)).toBeNull()
    expect(screen.queryByText(/The search page broke/)).toBeNull()
    expect(screen.getByRole("button", { name: "Yeniden dene" })).toBeTruthy()
    expect(
      within(screen.getByTestId("site-header")).getByRole("link", { name: "İmece" })
    ).toBeTruthy()

    fireEvent.click(screen.getByRole("link", { name: "Ana sayfaya dön" }))
    await screen.findByTestId("home-categories")
    expect(app.location().pathname).toBe("/")
    expect(screen.queryByTestId("page-failed")).toBeNull()
  })

  it("says so in Persian when a page fails on a Persian page", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined)
    vi.spyOn(console, "warn").mockImplementation(() => undefined)
    await changeLocale("fa")
    renderApp("/search")

    expect((await screen.findByTestId("page-failed")).textContent).toBe("این صفحه باز نشد")
    expect(screen.getByRole("link", { name: "بازگشت به خانه" })).toHaveProperty("pathname", "/")
  })

  it("answers an address that leads nowhere with a not-found page and the ways on", async () => {
    const app = renderApp("/kategori/kece")

    expect((await screen.findByTestId("not-found")).textContent).toBe("Bu sayfayı bulamadık")
    expect(screen.queryByText("Henüz bir şey yok.")).toBeNull()
    expect(screen.getByTestId("not-found-home")).toHaveProperty("pathname", "/")
    const chips = await screen.findByTestId("not-found-categories")
    expect(within(chips).getByRole("link", { name: "Oya" })).toHaveProperty(
      "pathname",
      "/categories/oya"
    )

    const page = screen.getByRole("region", { name: "Bu sayfayı bulamadık" })
    fireEvent.change(within(page).getByLabelText("Ne arıyordunuz?"), {
      target: { value: " keçe " },
    })
    fireEvent.click(within(page).getByRole("button", { name: "Ara" }))
    await waitFor(() => expect(app.location().search).toBe("?q=ke%C3%A7e"))
    expect(app.location().pathname).toBe("/search")
  })
})
