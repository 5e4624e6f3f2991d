import { mergePrices } from "./update-producer-product"

describe("mergePrices", () => {
  const existing = [
    { id: "price_try", currency_code: "try", amount: 450 },
    { id: "price_eur", currency_code: "eur", amount: 14 },
  ]

  it("changes the currencies she gives and keeps the others, by id", () => {
    expect(mergePrices(existing, { try: 500 })).toEqual([
      { id: "price_try", currency_code: "try", amount: 500 },
      { id: "price_eur", currency_code: "eur", amount: 14 },
    ])
  })

  it("adds a currency that had no price", () => {
    expect(mergePrices([existing[0]], { eur: 15 })).toEqual([
      { id: "price_try", currency_code: "try", amount: 450 },
      { currency_code: "eur", amount: 15 },
    ])
  })
})
