import { optionsAndVariants } from "./create-producer-product"

describe("optionsAndVariants", () => {
  it("gives a simple product Medusa's one option and one variant", () => {
    const { options, variants } = optionsAndVariants({ prices: { try: 450 } })
    expect(options).toEqual([{ title: "Model", values: ["Standart"] }])
    expect(variants).toEqual([
      expect.objectContaining({
        title: "Standart",
        options: { Model: "Standart" },
        allow_backorder: false,
        prices: [{ currency_code: "try", amount: 450 }],
      }),
    ])
  })

  it("makes one variant for every combination of sizes and colours, priced alike", () => {
    const { variants } = optionsAndVariants({
      prices: { try: 900, eur: 28 },
      made_to_order_days: 10,
      options: [
        { title: "Beden", values: ["S", "M"] },
        { title: "Renk", values: ["Kırmızı", "Mavi", "Yeşil"] },
      ],
    })
    expect(variants.map((variant) => variant.title)).toEqual([
      "S / Kırmızı",
      "S / Mavi",
      "S / Yeşil",
      "M / Kırmızı",
      "M / Mavi",
      "M / Yeşil",
    ])
    expect(variants[4].options).toEqual({ Beden: "M", Renk: "Mavi" })
    expect(
      variants.every((variant) => variant.allow_backorder && variant.prices.length === 2)
    ).toBe(true)
  })
})
