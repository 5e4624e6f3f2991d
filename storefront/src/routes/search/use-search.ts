import { queryKeysFactory, type StoreSearchParams } from "@imece/client"
import { localeTag } from "@imece/i18n"
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query"
import { useLocale } from "../../i18n/use-locale"
import { client } from "../../lib/client"

export const searchQueryKeys = queryKeysFactory<"search", StoreSearchParams>("search")

export const SEARCH_PAGE_SIZE = 20

/**
 * Results for what she typed and chose, a page at a time ("show more"). While a new query loads
 * the last results stay on screen (`isPlaceholderData`), so typing never blanks the page.
 * Titles come in her language where the producer wrote it (`locale`, which Medusa reads before
 * the route's own strict parameters are checked).
 */
export function useSearch(params: StoreSearchParams, { enabled = true } = {}) {
  const inLanguage = { ...params, locale: localeTag(useLocale().locale) }
  return useInfiniteQuery({
    queryKey: searchQueryKeys.infiniteList(inLanguage),
    queryFn: ({ pageParam }) =>
      client.store.search({ ...inLanguage, limit: SEARCH_PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) => {
      const next = last.offset + last.products.length
      return last.products.length > 0 && next < last.count ? next : undefined
    },
    placeholderData: keepPreviousData,
    enabled,
  })
}
