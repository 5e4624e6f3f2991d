import type { StoreProductWithProducer } from "@imece/client"
import type { Locale } from "@imece/i18n"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { ProductGrid } from "./product-grid"

interface ProductResultsProps {
  /** Undefined while loading. */
  products: StoreProductWithProducer[] | undefined
  isError: boolean
  onRetry: () => void
  emptyMessage: string
  locale: Locale
}

/** A list of products in each of its states: failed, loading, empty, or shown. */
export function ProductResults({
  products,
  isError,
  onRetry,
  emptyMessage,
  locale,
}: ProductResultsProps) {
  if (isError) {
    return <ErrorState onRetry={onRetry} />
  }
  if (!products) {
    return <LoadingState />
  }
  if (products.length === 0) {
    return <EmptyState message={emptyMessage} />
  }
  return <ProductGrid products={products} locale={locale} />
}
