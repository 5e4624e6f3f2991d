import { isClientError } from "@imece/client"
import { QueryClient } from "@tanstack/react-query"

const MAX_RETRIES = 2

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A 404 or 400 answers the same way again; a dropped connection may not.
      retry: (failureCount, error) => !isClientError(error) && failureCount < MAX_RETRIES,
    },
  },
})
