import { describe, expect, it } from "vitest"
import { isSearching, searchFromUrl } from "./search-params"

describe("the search in the address bar", () => {
  it("reads what she typed and chose, and the region for prices", () => {
    expect(
      searchFromUrl(
        new URLSearchParams("q=%20işlemeli%20&category_id=pcat_1&sort=price_asc&price_min=۱۰۰"),
        "reg_try"
      )
    ).toEqual({
      q: "işlemeli",
      category_id: "pcat_1",
      sort: "price_asc",
      price_min: 100,
      region_id: "reg_try",
    })
  })

  it("drops what the route would refuse", () => {
    expect(
      searchFromUrl(new URLSearchParams("q=&sort=cheapest&price_max=-5&price_min=abc"), undefined)
    ).toEqual({})
    expect(searchFromUrl(new URLSearchParams(`q=${"a".repeat(150)}`), undefined).q).toHaveLength(
      100
    )
  })

  it("turns a price range typed the wrong way round", () => {
    expect(searchFromUrl(new URLSearchParams("price_min=٥٠٠&price_max=۱۰۰٫۵"), "reg_try")).toEqual({
      price_min: 100.5,
      price_max: 500,
      region_id: "reg_try",
    })
  })

  it("knows when she has asked for nothing yet", () => {
    expect(isSearching({ region_id: "reg_try", sort: "newest" })).toBe(false)
    expect(isSearching({ q: "oya" })).toBe(true)
    expect(isSearching({ price_max: 0 })).toBe(true)
  })
})
