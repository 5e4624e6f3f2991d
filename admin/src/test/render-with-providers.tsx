import { Toaster } from "@medusajs/ui"
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import type { ReactNode } from "react"
import { MemoryRouter } from "react-router-dom"

interface RenderOptions {
  /** The address the router opens at. */
  path?: string
}

/**
 * Renders a page inside what the app gives it: a fresh query cache (so no test sees another's
 * data), a router and the toaster its mutations report to. Queries do not retry, so a failed
 * request shows its error state at once instead of after the app's back-off.
 */
export function renderWithProviders(page: ReactNode, { path = "/" }: RenderOptions = {}) {
  return render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={[path]}>{page}</MemoryRouter>
      <Toaster />
    </QueryClientProvider>
  )
}
