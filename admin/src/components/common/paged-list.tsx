import type { Locale } from "@imece/i18n"
import { clx } from "@medusajs/ui"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { ErrorState, LoadingState } from "./page-states"
import { Pagination } from "./pagination"

interface PagedListProps<Page extends { count: number }> {
  /** The query for the page on show; `count` is the total over every page. */
  query: UseQueryResult<Page>
  loadFailedMessage: string
  offset: number
  limit: number
  locale: Locale
  onOffsetChange: (offset: number) => void
  /** The loaded page's rows, or what to say when it has none. */
  children: (page: Page) => ReactNode
}

/**
 * The body of a paged list, under its heading and filters. The query keeps the last page as
 * placeholder while the next one loads, so that page stays on screen, faded and marked busy,
 * instead of a spinner flashing at every turn of the page.
 */
export function PagedList<Page extends { count: number }>({
  query,
  loadFailedMessage,
  offset,
  limit,
  locale,
  onOffsetChange,
  children,
}: PagedListProps<Page>) {
  if (query.isPending) {
    return <LoadingState />
  }
  if (query.isError) {
    return <ErrorState message={loadFailedMessage} onRetry={() => void query.refetch()} />
  }
  return (
    <div
      aria-busy={query.isPlaceholderData}
      className={clx("transition-opacity", query.isPlaceholderData && "opacity-60")}
    >
      {children(query.data)}
      {query.data.count > 0 && (
        <Pagination
          count={query.data.count}
          offset={offset}
          limit={limit}
          locale={locale}
          onOffsetChange={onOffsetChange}
        />
      )}
    </div>
  )
}
