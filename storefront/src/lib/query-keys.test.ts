import type { StoreProductListParams } from "@imece/client"
import { hashKey } from "@tanstack/react-query"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { productsQueryKeys } from "../routes/products/use-products"

const query: fc.Arbitrary<StoreProductListParams> = fc.record(
  {
    category_id: fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }),
    region_id: fc.option(fc.string(), { nil: undefined }),
    order: fc.constantFrom("-created_at", "title"),
    limit: fc.integer({ min: 1, max: 100 }),
    locale: fc.constantFrom("tr-TR", "fa-IR", "en-US"),
  },
  { requiredKeys: [] }
)

describe("query keys", () => {
  it("never give a list read page by page the key of a list read whole", () => {
    fc.assert(
      fc.property(query, query, (whole, paged) => {
        expect(hashKey(productsQueryKeys.infiniteList(paged))).not.toBe(
          hashKey(productsQueryKeys.list(whole))
        )
      })
    )
  })

  it("keep both under the lists, so refreshing the lists refreshes both", () => {
    const lists = productsQueryKeys.lists()
    expect(productsQueryKeys.infiniteList({ limit: 24 }).slice(0, lists.length)).toEqual(lists)
    expect(productsQueryKeys.list({ limit: 24 }).slice(0, lists.length)).toEqual(lists)
  })
})
