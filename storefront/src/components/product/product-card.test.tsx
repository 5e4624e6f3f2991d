import { render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { afterEach, describe, expect, it, vi } from "vitest"
import { i18n } from "../../i18n"
import { storeProducer, storeProduct, storeVariant } from "../../test/fixtures"
import { ProductCard } from "./product-card"

describe("ProductCard", () => {
  it("shows the title, the lowest price and who made it, linking to the product", () => {
    const product = storeProduct({
      variants: [storeVariant(700, { id: "variant_1" }), storeVariant(650, { id: "variant_2" })],
    })
    render(
      <MemoryRouter>
        <ProductCard product={product} locale="tr" />
      </MemoryRouter>
    )

    expect(screen.getByTestId("product-card")).toBeTruthy()
    expect(screen.getByRole("link", { name: /Gelincik oyalı yazma/ })).toHaveProperty(
      "pathname",
      "/products/oyali-yazma"
    )
    expect(screen.getByText("₺650,00")).toBeTruthy()
    expect(screen.getByText(/Ayşe Yılmaz/)).toBeTruthy()
  })

  it("marks a Turkish title lang=tr inside a Persian page, and a Persian maker's name fa in a Turkish one", () => {
    const { unmount } = render(
      <MemoryRouter>
        <ProductCard product={storeProduct({ title: "Gelincik oyalı yazma." })} locale="fa" />
      </MemoryRouter>
    )
    const title = screen.getByText("Gelincik oyalı yazma.")
    expect(title.getAttribute("lang")).toBe("tr")
    expect(title.getAttribute("dir")).toBe("auto")
    unmount()

    render(
      <MemoryRouter>
        <ProductCard
          product={storeProduct({
            title: "گلیم آذربایجان",
            producer: storeProducer({ name: "فاطمه رضایی" }),
          })}
          locale="tr"
        />
      </MemoryRouter>
    )
    expect(screen.getByText("گلیم آذربایجان").getAttribute("lang")).toBe("fa")
    expect(screen.getByText("فاطمه رضایی").getAttribute("lang")).toBe("fa")
  })

  it("marks a title translated into the page's language with the page's language", () => {
    render(
      <MemoryRouter>
        <ProductCard product={storeProduct({ title: "روسری اویادوزی شقایق" })} locale="fa" />
      </MemoryRouter>
    )
    expect(screen.getByText("روسری اویادوزی شقایق").getAttribute("lang")).toBe("fa")
  })

  it("formats the price for the reader's language and the region's currency", () => {
    const product = storeProduct({
      variants: [
        storeVariant(45, {
          calculated_price: {
            id: "pset_1",
            calculated_amount: 45,
            original_amount: 45,
            original_amount_with_tax: null,
            original_amount_without_tax: null,
            currency_code: "eur",
          },
        }),
      ],
    })
    render(
      <MemoryRouter>
        <ProductCard product={product} locale="en" />
      </MemoryRouter>
    )
    expect(screen.getByText("€45.00")).toBeTruthy()
  })

  it("says so when the region has no price", () => {
    render(
      <MemoryRouter>
        <ProductCard product={storeProduct({ variants: [storeVariant(null)] })} locale="tr" />
      </MemoryRouter>
    )
    expect(screen.getByText("Fiyat bu bölgede yok")).toBeTruthy()
  })

  describe("while her maker is on vacation", () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    const away = (vacation_until: string | null) =>
      storeProduct({
        producer: storeProducer({ vacation_from: "2026-07-01", vacation_until }),
      })

    it("says when she is back, in the reader's language", async () => {
      vi.useFakeTimers({ toFake: ["Date"] })
      vi.setSystemTime(new Date("2026-07-05T12:00:00Z"))
      const { unmount } = render(
        <MemoryRouter>
          <ProductCard product={away("2026-07-10")} locale="tr" />
        </MemoryRouter>
      )
      expect(screen.getByTestId("vacation-badge").textContent).toBe(
        "Tatilde · 11 Tem 2026 tarihinde dönüyor"
      )
      unmount()

      await i18n.changeLanguage("fa")
      render(
        <MemoryRouter>
          <ProductCard product={away("2026-07-10")} locale="fa" />
        </MemoryRouter>
      )
      expect(screen.getByTestId("vacation-badge").textContent).toContain("۱۴۰۵")
    })

    it("says she is away when she gave no return day, and nothing once she is back", () => {
      vi.useFakeTimers({ toFake: ["Date"] })
      vi.setSystemTime(new Date("2026-07-05T12:00:00Z"))
      render(
        <MemoryRouter>
          <ProductCard product={away(null)} locale="tr" />
        </MemoryRouter>
      )
      expect(screen.getByTestId("vacation-badge").textContent).toBe("Tatilde · şimdilik alınamaz")

      vi.setSystemTime(new Date("2026-08-01T12:00:00Z"))
      render(
        <MemoryRouter>
          <ProductCard product={away("2026-07-10")} locale="tr" />
        </MemoryRouter>
      )
      expect(screen.getAllByTestId("vacation-badge")).toHaveLength(1)
    })
  })
})
