import { STORE_PRODUCT_FIELDS, queryKeysFactory, type StoreProductListParams } from "@imece/client"
import { useQuery } from "@tanstack/react-query"
import { localeTag } from "@imece/i18n"
import { useLocale } from "../../i18n/use-locale"
import { client } from "../../lib/client"

export const productsQueryKeys = queryKeysFactory<"products", StoreProductListParams>("products")
export const categoriesQueryKeys = queryKeysFactory<"categories", { locale: string }>("categories")

/** The categories, named in her language: one list per language. */
export function useCategories() {
  const locale = useLocaleTag()
  return useQuery({
    queryKey: categoriesQueryKeys.list({ locale }),
    queryFn: async () => (await client.store.categories.list(locale)).product_categories,
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
  const inLanguage = { ...query, locale: useLocaleTag() }
  return useQuery({
    queryKey: productsQueryKeys.list(inLanguage),
    queryFn: () => client.store.products.list(inLanguage),
    enabled: enabled && Boolean(query.region_id),
  })
}

/** Products come with their words in the reader's language, where the producer wrote them. */
function useLocaleTag() {
  const { locale } = useLocale()
  return localeTag(locale)
}

/** One product by its handle, or null when no published product has it. */
export function useProductByHandle(handle: string, regionId: string | undefined) {
  const query = {
    handle,
    region_id: regionId,
    limit: 1,
    fields: PRODUCT_DETAIL_FIELDS,
    locale: useLocaleTag(),
  }
  return useQuery({
    // The handle names the product; the query is part of the key because prices differ by region
    // and words by language.
    queryKey: [...productsQueryKeys.detail(handle), { query }],
    queryFn: async () => (await client.store.products.list(query)).products[0] ?? null,
    enabled: Boolean(regionId),
  })
}

/**
 * Who made each of these products and how many of each variant are left: what a cart or an
 * order needs to show its lines by producer.
 */
export function useProductMakers(productIds: string[]) {
  const ids = [...new Set(productIds.filter(Boolean))].sort()
  return useQuery({
    queryKey: [...productsQueryKeys.lists(), "makers", ids],
    queryFn: async () =>
      (
        await client.store.products.list({
          id: ids,
          limit: ids.length,
          fields:
            "id,*producer,variants.id,variants.manage_inventory,variants.allow_backorder,+variants.inventory_quantity",
        })
      ).products,
    enabled: ids.length > 0,
  })
}
