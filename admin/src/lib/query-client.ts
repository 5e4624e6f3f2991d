import { QueryCache, QueryClient } from "@tanstack/react-query"
import { isClientError, isUnauthorized } from "@imece/client"

const MAX_RETRIES = 2

/**
 * The app's query client. `onUnauthorized` runs whenever any query is answered 401, so an
 * expired session ends in one place instead of in every screen.
 */
export function createQueryClient({ onUnauthorized }: { onUnauthorized: () => void }) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) {
          onUnauthorized()
        }
      },
    }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        retry: (failureCount, error) => !isClientError(error) && failureCount < MAX_RETRIES,
      },
    },
  })
}
