import { describe, expect, it } from "vitest"
import { producerProduct } from "../../test/fixtures"
import {
  emptyProductForm,
  fromProduct,
  movePhoto,
  toCreateBody,
  toUpdateBody,
  validateAvailability,
  validatePrices,
  validateWords,
  type ProductFormValues,
} from "./product-form"

const filled = (changes: Partial<ProductFormValues> = {}): ProductFormValues => ({
  ...emptyProductForm(),
  title: " Oya küpe ",
  variants: [{ id: "", title: "", price_try: "۴۵۰", price_eur: "", quantity: "3" }],
  ...changes,
})

describe("her product form", () => {
  it("reads prices in Persian digits or with a decimal comma, and says which field is wrong", () => {
    expect(validateWords(filled())).toEqual({})
    expect(validatePrices(filled())).toEqual({})
    const wrong = filled({
      title: "O",
      variants: [{ id: "", title: "", price_try: "1.250", price_eur: "abc", quantity: "" }],
    })
    expect(validateWords(wrong)).toEqual({ title: "title" })
    expect(validatePrices(wrong)).toEqual({
      variant_0_price_try: "price",
      variant_0_price_eur: "price",
    })
  })

  it("takes at most 10 materials of at most 60 characters each, split at Latin or Persian commas", () => {
    const ten = Array.from({ length: 10 }, (_, i) => `yün ${i}`)
    expect(validateWords(filled({ materials: ten.join("، ") }))).toEqual({})
    expect(validateWords(filled({ materials: [...ten, "ipek"].join(", ") }))).toEqual({
      materials: "materials",
    })
    expect(validateWords(filled({ materials: `ipek, ${"a".repeat(61)}` }))).toEqual({
      materials: "materials",
    })
  })

  it("asks for a whole quantity in stock, or the days she needs when made to order", () => {
    expect(validateAvailability(filled())).toEqual({})
    expect(
      validateAvailability(
        filled({
          variants: [{ id: "", title: "", price_try: "1", price_eur: "", quantity: "2,5" }],
        })
      )
    ).toEqual({ variant_0_quantity: "quantity" })
    expect(validateAvailability(filled({ availability: "made_to_order", days: "0" }))).toEqual({
      days: "days",
    })
    expect(validateAvailability(filled({ availability: "made_to_order", days: "۱۴" }))).toEqual({})
  })

  it("sends a new product's stock, or its made-to-order days and no stock", () => {
    expect(toCreateBody(filled({ materials: "ipek, pamuk ،  " }), ["p2", "p1"])).toEqual({
      title: "Oya küpe",
      prices: { try: 450 },
      stock: 3,
      materials: ["ipek", "pamuk"],
      photo_ids: ["p2", "p1"],
    })
    expect(
      toCreateBody(
        filled({
          availability: "made_to_order",
          days: "10",
          variants: [{ id: "", title: "", price_try: "450,5", price_eur: "14", quantity: "3" }],
        }),
        []
      )
    ).toEqual({ title: "Oya küpe", prices: { try: 450.5, eur: 14 }, made_to_order_days: 10 })
  })

  it("sends only what she changed of a product, photos whole and in her order", () => {
    const product = producerProduct()
    const values = fromProduct(product)
    expect(toUpdateBody(values, ["img_a", "img_b"], product)).toEqual({})

    const changed: ProductFormValues = {
      ...values,
      variants: [{ ...values.variants[0], price_try: "500", quantity: "5" }],
    }
    expect(toUpdateBody(changed, ["img_b", "img_a"], product)).toEqual({
      variants: [{ id: "variant_1", prices: { try: 500 } }],
      photo_ids: ["img_b", "img_a"],
    })
    expect(
      toUpdateBody(
        { ...values, availability: "made_to_order", days: "7" },
        ["img_a", "img_b"],
        product
      )
    ).toEqual({ made_to_order_days: 7 })
  })

  it("sends sizes and colours she lists with commas, and refuses repeats or too many", () => {
    const withOptions = filled({
      options: [
        { title: " Beden ", values: "S, M ،L" },
        { title: "", values: "" },
      ],
    })
    expect(validatePrices(withOptions)).toEqual({})
    expect(toCreateBody(withOptions, []).options).toEqual([
      { title: "Beden", values: ["S", "M", "L"] },
    ])
    expect(
      validatePrices(
        filled({
          options: [
            { title: "Renk", values: "Mavi, mavi" },
            { title: "renk", values: "1,2,3,4,5,6,7,8,9,10,11" },
          ],
        })
      )
    ).toEqual({
      option_0_values: "optionValues",
      option_1_title: "optionTitle",
      option_1_values: "optionValues",
    })
    expect(
      validatePrices(
        filled({
          options: [
            { title: "A", values: "1,2,3,4,5,6,7,8" },
            { title: "B", values: "1,2,3,4,5,6,7" },
          ],
        })
      )
    ).toEqual({ option_1_values: "optionValues" })
  })

  it("sends her words in other languages whole when she changes them, and checks their titles", () => {
    const product = producerProduct({ translations: { fa: { title: "گوشواره" } } })
    const values = fromProduct(product)
    expect(values.translations.fa).toEqual({ title: "گوشواره", description: "" })
    expect(toUpdateBody(values, ["img_a", "img_b"], product)).toEqual({})

    const written: ProductFormValues = {
      ...values,
      translations: {
        ...values.translations,
        en: { title: " Oya earrings ", description: "" },
        fa: { title: "", description: "" },
      },
    }
    expect(toUpdateBody(written, ["img_a", "img_b"], product)).toEqual({
      translations: { en: { title: "Oya earrings" } },
    })
    expect(
      validateWords({
        ...filled(),
        translations: { ...written.translations, tr: { title: "O", description: "" } },
      })
    ).toEqual({ translation_tr_title: "title" })
  })

  it("moves a photo one place, and not past either end", () => {
    expect(movePhoto(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"])
    expect(movePhoto(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"])
    expect(movePhoto(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"])
  })
})
