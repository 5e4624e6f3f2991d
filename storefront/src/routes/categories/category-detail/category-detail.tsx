import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { ErrorState, LoadingState, NotFoundState } from "../../../components/common/page-states"
import { ProductResults } from "../../../components/product/product-results"
import { useLocale } from "../../../i18n/use-locale"
import { useRegion } from "../../regions/region-context"
import { useCategoryByHandle, useCategoryProducts } from "../use-categories"

/** Everything on sale in one category, newest first, a page at a time. */
export function CategoryDetail() {
  const { handle = "" } = useParams()
  const { t } = useTranslation(["storefront", "common"])
  const { locale } = useLocale()
  const regions = useRegion()
  const category = useCategoryByHandle(handle)
  const products = useCategoryProducts(category.data?.id, regions.region?.id)

  if (category.isError) {
    return <ErrorState onRetry={() => void category.refetch()} />
  }
  if (category.data === undefined) {
    return <LoadingState />
  }
  if (category.data === null) {
    return <NotFoundState message={t("find.categories.notFound")} />
  }

  const pages = products.data?.pages
  return (
    <section aria-labelledby="category-title">
      <h1 id="category-title" data-testid="category-title">
        {category.data.name}
      </h1>
      {category.data.description && <p className="category-lead">{category.data.description}</p>}
      <ProductResults
        products={pages?.flatMap((page) => page.products)}
        isError={regions.isUnavailable || (products.isError && !products.isFetchNextPageError)}
        onRetry={regions.isUnavailable ? regions.retry : () => void products.refetch()}
        emptyMessage={t("find.categories.noProducts")}
        locale={locale}
      />
      {products.isFetchNextPageError && (
        <ErrorState onRetry={() => void products.fetchNextPage()} />
      )}
      {products.hasNextPage && !products.isFetchNextPageError && (
        <p className="load-more">
          <button
            type="button"
            className="button button-secondary"
            data-testid="category-more"
            disabled={products.isFetchingNextPage}
            onClick={() => void products.fetchNextPage()}
          >
            {products.isFetchingNextPage ? t("common:loading") : t("find.search.more")}
          </button>
        </p>
      )}
    </section>
  )
}
