import type { Client } from "@medusajs/js-sdk"
import type { StoreProducer } from "@imece/types"
import type { StoreProductWithProducer } from "./index"

export type StoreSearchSort = "relevance" | "newest" | "price_asc" | "price_desc"

/** `GET /store/search`: what she typed, and the filters she chose. */
export interface StoreSearchParams {
  q?: string
  category_id?: string
  producer_id?: string
  city?: string
  /** Prices in the region's currency; needed to filter or sort by price. */
  region_id?: string
  /** Main units of the region's currency (lira, euro). */
  price_min?: number
  price_max?: number
  sort?: StoreSearchSort
  /** Titles in this language where the producer wrote them ("fa-IR"). */
  locale?: string
  limit?: number
  offset?: number
}

export interface StoreSearchResponse {
  products: StoreProductWithProducer[]
  /** Shops whose name matches what she typed (at most five). */
  /** Makers found by her name, craft or city; her craft says why. */
  producers: Pick<StoreProducer, "id" | "handle" | "name" | "city" | "avatar_url" | "craft">[]
  count: number
  offset: number
  limit: number
}

/** Search across products, their makers and categories, as she types. */
export function searchApi(sdk: { client: Client }) {
  return {
    search: (query: StoreSearchParams) =>
      sdk.client.fetch<StoreSearchResponse>("/store/search", { query }),
  }
}
