import { render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { storeProduct, storeVariant } from "../../test/fixtures"
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
})
