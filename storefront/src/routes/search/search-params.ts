import type { StoreSearchParams, StoreSearchSort } from "@imece/client"
import { parseTypedNumber } from "@imece/i18n"

export const SEARCH_SORTS: StoreSearchSort[] = ["relevance", "newest", "price_asc", "price_desc"]

/** The filters beside what she typed, as the address bar names them. */
export const SEARCH_FILTERS = ["category_id", "city", "price_min", "price_max", "sort"] as const
export type SearchFilter = (typeof SEARCH_FILTERS)[number]

/** As long as the search route accepts. */
export const SEARCH_TEXT_MAX = 100

/**
 * The search as the address bar holds it, so back, forward and a shared link all work. Prices
 * typed with Persian digits or a decimal comma are read as numbers; anything else is dropped, and
 * a range typed the wrong way round is turned around, since the route would refuse it.
 */
export function searchFromUrl(
  url: URLSearchParams,
  regionId: string | undefined
): StoreSearchParams {
  const text = (name: string) => url.get(name)?.trim() || undefined
  const price = (name: string) => {
    const value = parseTypedNumber(url.get(name) ?? "")
    return value !== null && value >= 0 ? value : undefined
  }
  let priceMin = price("price_min")
  let priceMax = price("price_max")
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) {
    ;[priceMin, priceMax] = [priceMax, priceMin]
  }
  const params: StoreSearchParams = {
    q: text("q")?.slice(0, SEARCH_TEXT_MAX),
    category_id: text("category_id"),
    producer_id: text("producer_id"),
    city: text("city")?.slice(0, SEARCH_TEXT_MAX),
    region_id: regionId,
    price_min: priceMin,
    price_max: priceMax,
    sort: SEARCH_SORTS.find((candidate) => candidate === url.get("sort")),
  }
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined)
  ) as StoreSearchParams
}

/** Whether she has asked for anything yet: words, or a filter that narrows the shop. */
export function isSearching(params: StoreSearchParams): boolean {
  return [
    params.q,
    params.category_id,
    params.producer_id,
    params.city,
    params.price_min,
    params.price_max,
  ].some((value) => value !== undefined)
}
