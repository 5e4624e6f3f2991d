import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../lib/client"
import { RegionProvider } from "../../routes/regions/region-context"
import { storeRegion } from "../../test/fixtures"
import { Layout } from "./layout"

vi.mock("../../lib/client", () => ({ client: { store: { regions: { list: vi.fn() } } } }))

const listRegions = vi.mocked(client.store.regions.list)

function renderLayout() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RegionProvider>
        <MemoryRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<p>page</p>} />
              <Route path="*" element={<p>elsewhere</p>} />
            </Route>
          </Routes>
        </MemoryRouter>
      </RegionProvider>
    </QueryClientProvider>
  )
}

describe("the page frame", () => {
  beforeEach(() => {
    listRegions.mockResolvedValue({
      regions: [storeRegion(), storeRegion({ id: "reg_eur", currency_code: "eur" })],
      count: 2,
      offset: 0,
      limit: 50,
    })
  })

  const menuButton = () => screen.getByRole("button", { name: "Menü" })

  it("keeps one row on a phone: her account and cart in the header, the rest in a menu", async () => {
    renderLayout()
    const header = screen.getByTestId("site-header")
    expect(within(header).getByRole("link", { name: "İmece" })).toHaveProperty("pathname", "/")
    expect(within(header).getByRole("searchbox", { name: "Ara" })).toBeTruthy()
    expect(within(header).getByRole("link", { name: "Hesabım" })).toHaveProperty(
      "pathname",
      "/account"
    )
    expect(within(header).getByRole("link", { name: "Sepet, 0 ürün" })).toHaveProperty(
      "pathname",
      "/cart"
    )
    // Language, currency and selling wait in the menu until she opens it.
    expect(screen.queryByRole("combobox")).toBeNull()
    expect(screen.queryByRole("link", { name: "Satıcı girişi" })).toBeNull()
    expect(menuButton().getAttribute("aria-expanded")).toBe("false")

    fireEvent.click(menuButton())
    expect(menuButton().getAttribute("aria-expanded")).toBe("true")
    const panel = document.getElementById(menuButton().getAttribute("aria-controls") ?? "")
    expect(panel?.hidden).toBe(false)
    expect(screen.getByRole("link", { name: "Bizimle satış yapın" })).toHaveProperty(
      "pathname",
      "/sell"
    )
    expect(screen.getByRole("link", { name: "Satıcı girişi" })).toHaveProperty(
      "pathname",
      "/sell/login"
    )
    expect(screen.getByRole("combobox", { name: "Dil" })).toBeTruthy()
    expect(await screen.findByRole("combobox", { name: "Para birimi" })).toBeTruthy()
  })

  it("closes the menu on Escape and gives the focus back to its button", () => {
    renderLayout()
    fireEvent.click(menuButton())
    fireEvent.keyDown(document, { key: "Escape" })
    expect(menuButton().getAttribute("aria-expanded")).toBe("false")
    expect(screen.queryByRole("combobox", { name: "Dil" })).toBeNull()
    expect(document.activeElement).toBe(menuButton())
  })

  it("closes the menu when she taps outside it or picks a place in it", () => {
    renderLayout()
    fireEvent.click(menuButton())
    fireEvent.pointerDown(screen.getByText("page"))
    expect(menuButton().getAttribute("aria-expanded")).toBe("false")

    fireEvent.click(menuButton())
    fireEvent.click(screen.getByRole("link", { name: "Satıcı girişi" }))
    expect(screen.getByText("elsewhere")).toBeTruthy()
    expect(menuButton().getAttribute("aria-expanded")).toBe("false")
  })

  it("turns the whole page Persian and right to left, and back to Turkish", async () => {
    renderLayout()
    fireEvent.click(menuButton())
    const switcher = screen.getByRole("combobox", { name: "Dil" })
    expect(
      [...screen.getByTestId("language-switcher").querySelectorAll("option")].map((o) => [
        o.value,
        o.textContent,
      ])
    ).toEqual([
      ["tr", "Türkçe"],
      ["fa", "فارسی"],
      ["en", "English"],
    ])

    fireEvent.change(switcher, { target: { value: "fa" } })
    await waitFor(() => expect(document.documentElement.dir).toBe("rtl"))
    expect(document.documentElement.lang).toBe("fa")
    expect(localStorage.getItem("imece_locale")).toBe("fa")
    expect(screen.getByText("ایمجه بازار تعاونی زنانی است که با دست می‌سازند.")).toBeTruthy()
    expect(screen.getByRole("button", { name: "منو" })).toBeTruthy()

    fireEvent.change(screen.getByTestId("language-switcher"), { target: { value: "tr" } })
    await waitFor(() => expect(document.documentElement.dir).toBe("ltr"))
    expect(document.documentElement.lang).toBe("tr")
  })

  it("lets the shopper switch the currency and remembers it", async () => {
    renderLayout()
    fireEvent.click(menuButton())
    const currency = await screen.findByRole("combobox", { name: "Para birimi" })
    expect(currency).toHaveProperty("value", "try")
    fireEvent.change(currency, { target: { value: "eur" } })
    expect(currency).toHaveProperty("value", "eur")
    expect(localStorage.getItem("imece_currency")).toBe("eur")
  })
})
