import type { StoreProductListParams } from "@imece/client"
import { localeTag } from "@imece/i18n"
import { useInfiniteQuery, useQuery } from "@tanstack/react-query"
import { useLocale } from "../../i18n/use-locale"
import { client } from "../../lib/client"
import { categoriesQueryKeys, productsQueryKeys } from "../products/use-products"

export const CATEGORY_PAGE_SIZE = 24

/** A category by its handle; null when no category has it. */
export function useCategoryByHandle(handle: string) {
  const locale = localeTag(useLocale().locale)
  return useQuery({
    queryKey: [...categoriesQueryKeys.detail(handle), { locale }],
    queryFn: async () => (await client.store.categories.retrieveByHandle(handle, locale)) ?? null,
    enabled: Boolean(handle),
  })
}

/**
 * A category's products, newest first, a page at a time ("show more"), priced in the region's
 * currency and worded in her language. Kept under the product lists' key, so whatever refreshes
 * the product lists refreshes these too, but apart from the lists read whole: before the category
 * is known this query is the home page's list without `category_id`, and must not read its data.
 */
export function useCategoryProducts(categoryId: string | undefined, regionId: string | undefined) {
  const { locale } = useLocale()
  const query: StoreProductListParams = {
    category_id: categoryId ? [categoryId] : undefined,
    region_id: regionId,
    order: "-created_at",
    limit: CATEGORY_PAGE_SIZE,
    locale: localeTag(locale),
  }
  return useInfiniteQuery({
    queryKey: productsQueryKeys.infiniteList(query),
    queryFn: ({ pageParam }) => client.store.products.list({ ...query, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.products.length
      return last.products.length > 0 && next < last.count ? next : undefined
    },
    enabled: Boolean(categoryId && regionId),
  })
}
