import { isNotFound, isUnauthorized } from "@imece/client"
import type { UseQueryResult } from "@tanstack/react-query"
import { Navigate } from "react-router-dom"
import { ErrorState, LoadingState, NotFoundState } from "../../../components/common/page-states"

/**
 * What a page of her shop shows while its data is not there: loading, the login page once her
 * session has ended, "not found" for a product or order that is not hers, or a retry.
 */
export function ShopQueryState({
  query,
  notFound,
}: {
  query: UseQueryResult<unknown>
  notFound?: string
}) {
  if (query.isPending) {
    return <LoadingState />
  }
  if (isUnauthorized(query.error)) {
    return <Navigate to="/sell/login" replace />
  }
  if (notFound && isNotFound(query.error)) {
    return <NotFoundState message={notFound} />
  }
  return <ErrorState onRetry={() => void query.refetch()} />
}
