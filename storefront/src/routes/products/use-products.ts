import { STORE_PRODUCT_FIELDS, queryKeysFactory, type StoreProductListParams } from "@imece/client"
import { useQuery } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const productsQueryKeys = queryKeysFactory<"products", StoreProductListParams>("products")
export const categoriesQueryKeys = queryKeysFactory<"categories", void>("categories")

export function useCategories() {
  return useQuery({
    queryKey: categoriesQueryKeys.all,
    queryFn: async () => (await client.store.categories.list()).product_categories,
    staleTime: Infinity,
  })
}

/**
 * The product page also reads `metadata` (how many days a made-to-order piece takes), which is
 * not among Medusa's default store fields.
 */
const PRODUCT_DETAIL_FIELDS = `${STORE_PRODUCT_FIELDS},+metadata`

/**
 * Products with prices in the region's currency. Waits until a region is known, since Medusa
 * cannot calculate prices without one, and until the caller's own condition holds.
 */
export function useProducts(query: StoreProductListParams, { enabled = true } = {}) {
  return useQuery({
    queryKey: productsQueryKeys.list(query),
    queryFn: () => client.store.products.list(query),
    enabled: enabled && Boolean(query.region_id),
  })
}

/** One product by its handle, or null when no published product has it. */
export function useProductByHandle(handle: string, regionId: string | undefined) {
  const query = { handle, region_id: regionId, limit: 1, fields: PRODUCT_DETAIL_FIELDS }
  return useQuery({
    // The handle names the product; the query is part of the key because prices differ by region.
    queryKey: [...productsQueryKeys.detail(handle), { query }],
    queryFn: async () => (await client.store.products.list(query)).products[0] ?? null,
    enabled: Boolean(regionId),
  })
}
