import { formatNumber } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { ProductGrid } from "../../../components/product/product-grid"
import { useLocale } from "../../../i18n/use-locale"
import { useCategories } from "../../products/use-products"
import { useRegion } from "../../regions/region-context"
import { SEARCH_FILTERS, isSearching, searchFromUrl, type SearchFilter } from "../search-params"
import { useDebounced } from "../use-debounced"
import { useSearch } from "../use-search"
import { SearchFilters } from "./components/search-filters"
import { SearchProducers } from "./components/search-producers"

/** How long typing must pause before the server is asked. */
const TYPING_PAUSE_MS = 200

/**
 * Results as she types in the box at the top: makers whose name matches first, then products,
 * a page at a time. The address holds the whole search, so back, forward and links work.
 */
export function SearchPage() {
  const { t } = useTranslation(["storefront", "common"])
  const { locale } = useLocale()
  const regions = useRegion()
  const [url, setUrl] = useSearchParams()
  const categories = useCategories()
  const params = useDebounced(searchFromUrl(url, regions.region?.id), TYPING_PAUSE_MS)
  const searching = isSearching(params)
  // Prices and their filters need the region's currency: wait for it, as the other pages do.
  const results = useSearch(params, { enabled: searching && Boolean(params.region_id) })

  const setFilter = (name: SearchFilter, value: string) => {
    const next = new URLSearchParams(url)
    if (value) {
      next.set(name, value)
    } else {
      next.delete(name)
    }
    setUrl(next, { replace: true })
  }
  const clearFilters = () => {
    const next = new URLSearchParams(url)
    SEARCH_FILTERS.forEach((name) => next.delete(name))
    setUrl(next, { replace: true })
  }

  const hasFilters = SEARCH_FILTERS.some((name) => url.get(name))

  const pages = results.data?.pages ?? []
  const products = pages.flatMap((page) => page.products)
  const producers = pages[0]?.producers ?? []
  const count = formatNumber(pages[0]?.count ?? 0, locale)

  const body = () => {
    if (!searching) {
      return <EmptyState message={t("find.search.start")} />
    }
    if (regions.isUnavailable) {
      return <ErrorState onRetry={regions.retry} />
    }
    if (results.isError && !results.isFetchNextPageError) {
      return <ErrorState onRetry={() => void results.refetch()} />
    }
    if (!results.data) {
      return <LoadingState />
    }
    return (
      // Dimmed, not replaced, while the results of what she typed since are on their way.
      <div className={results.isPlaceholderData ? "search-results is-stale" : "search-results"}>
        <p className="search-count" role="status" data-testid="search-count">
          {params.q
            ? t("find.search.resultsFor", { query: params.q, quantity: count })
            : t("find.search.results", { quantity: count })}
        </p>
        {producers.length > 0 && <SearchProducers producers={producers} />}
        {products.length === 0 ? (
          <div className="state" data-testid="search-empty">
            <p>{t("find.search.empty")}</p>
            {hasFilters && (
              <button type="button" className="button button-secondary" onClick={clearFilters}>
                {t("find.search.clear")}
              </button>
            )}
          </div>
        ) : (
          <section aria-labelledby="search-products">
            <h2 id="search-products">{t("find.search.products")}</h2>
            <ProductGrid products={products} locale={locale} />
          </section>
        )}
        {results.isFetchNextPageError && (
          <ErrorState onRetry={() => void results.fetchNextPage()} />
        )}
        {results.hasNextPage && !results.isFetchNextPageError && (
          <p className="load-more">
            <button
              type="button"
              className="button button-secondary"
              data-testid="search-more"
              disabled={results.isFetchingNextPage || results.isPlaceholderData}
              onClick={() => void results.fetchNextPage()}
            >
              {results.isFetchingNextPage ? t("common:loading") : t("find.search.more")}
            </button>
          </p>
        )}
      </div>
    )
  }

  return (
    <section className="search-page" aria-labelledby="search-title" aria-busy={results.isFetching}>
      <h1 id="search-title">{t("find.search.title")}</h1>
      <SearchFilters
        values={{
          category_id: url.get("category_id") ?? "",
          city: url.get("city") ?? "",
          price_min: url.get("price_min") ?? "",
          price_max: url.get("price_max") ?? "",
          sort: url.get("sort") ?? "",
        }}
        categories={categories.data ?? []}
        onChange={setFilter}
        onClear={clearFilters}
      />
      {body()}
    </section>
  )
}
