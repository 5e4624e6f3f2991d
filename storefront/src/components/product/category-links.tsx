import type { HttpTypes } from "@medusajs/types"
import type { UseQueryResult } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"

/**
 * The cooperative's categories as chips, each leading to its page; while they load, or if
 * they cannot, the page's usual states.
 */
export function CategoryLinks({
  categories,
  testId,
}: {
  categories: UseQueryResult<HttpTypes.StoreProductCategory[]>
  testId: string
}) {
  const { t } = useTranslation()
  if (categories.isPending) {
    return <LoadingState />
  }
  if (categories.isError) {
    return <ErrorState onRetry={() => void categories.refetch()} />
  }
  if (categories.data.length === 0) {
    return <EmptyState message={t("find.categories.empty")} />
  }
  return (
    <ul className="chips category-links" role="list" data-testid={testId}>
      {categories.data.map((category) => (
        <li key={category.id}>
          <Link className="chip" to={`/categories/${category.handle}`}>
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
