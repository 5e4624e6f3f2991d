import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import type { ReactElement } from "react"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import { RegionProvider } from "../routes/regions/region-context"

/**
 * Renders a page at `url` as the app does (queries, region, router), with a fresh cache and no
 * retries so a failed request shows its error at once.
 */
export function renderPage(page: ReactElement, { path, url }: { path: string; url: string }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <RegionProvider>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={page} />
          </Routes>
        </MemoryRouter>
      </RegionProvider>
    </QueryClientProvider>
  )
}
