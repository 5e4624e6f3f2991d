import type { StoreProductWithProducer } from "@imece/client"
import { render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { ProductCard } from "./product-card"

function product(amounts: number[]): StoreProductWithProducer {
  return {
    id: "prod_1",
    title: "Gelincik oyalı yazma",
    handle: "oyali-yazma",
    thumbnail: "http://api.test/static/yazma.svg",
    variants: amounts.map((amount, index) => ({
      id: `variant_${index}`,
      title: `V${index}`,
      calculated_price: { calculated_amount: amount, currency_code: "try" },
    })),
    producer: {
      id: "prdcr_1",
      handle: "ayse",
      name: "Ayşe Yılmaz",
      craft: null,
      story: null,
      city: "Ankara",
      avatar_url: null,
    },
  } as StoreProductWithProducer
}

describe("ProductCard", () => {
  it("shows the title, the lowest price and who made it, linking to the product", () => {
    render(
      <MemoryRouter>
        <ProductCard product={product([700, 650])} locale="tr" />
      </MemoryRouter>
    )

    expect(screen.getByRole("link", { name: /Gelincik oyalı yazma/ })).toHaveProperty(
      "pathname",
      "/products/oyali-yazma"
    )
    expect(screen.getByText("₺650,00")).toBeTruthy()
    expect(screen.getByText(/Ayşe Yılmaz/)).toBeTruthy()
  })

  it("says so when the region has no price", () => {
    render(
      <MemoryRouter>
        <ProductCard product={product([])} locale="tr" />
      </MemoryRouter>
    )
    expect(screen.getByText("Fiyat bu bölgede yok")).toBeTruthy()
  })
})
