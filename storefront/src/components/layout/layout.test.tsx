import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
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

  it("turns the whole page Persian and right to left, and back to Turkish", async () => {
    renderLayout()
    expect(screen.getByRole("link", { name: "İmece" })).toHaveProperty("pathname", "/")
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

    fireEvent.change(screen.getByTestId("language-switcher"), { target: { value: "tr" } })
    await waitFor(() => expect(document.documentElement.dir).toBe("ltr"))
    expect(document.documentElement.lang).toBe("tr")
  })

  it("lets the shopper switch the currency and remembers it", async () => {
    renderLayout()
    const currency = await screen.findByRole("combobox", { name: "Para birimi" })
    expect(currency).toHaveProperty("value", "try")
    fireEvent.change(currency, { target: { value: "eur" } })
    expect(currency).toHaveProperty("value", "eur")
    expect(localStorage.getItem("imece_currency")).toBe("eur")
  })
})
