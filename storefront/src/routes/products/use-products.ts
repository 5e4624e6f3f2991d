import { queryKeysFactory, type StoreProductListParams } from "@imece/client"
import { useQuery } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const productsQueryKeys = queryKeysFactory<"products", StoreProductListParams>("products")

/** Products with prices in the region's currency; waits until a region is known. */
export function useProducts(query: StoreProductListParams) {
  return useQuery({
    queryKey: productsQueryKeys.list(query),
    queryFn: () => client.store.products.list(query),
    enabled: Boolean(query.region_id),
  })
}

/** One product by its handle, or null when no published product has it. */
export function useProductByHandle(handle: string, regionId: string | undefined) {
  const query = { handle, region_id: regionId, limit: 1 }
  return useQuery({
    queryKey: productsQueryKeys.detail(`${handle}:${regionId}`),
    queryFn: async () => (await client.store.products.list(query)).products[0] ?? null,
    enabled: Boolean(regionId),
  })
}
