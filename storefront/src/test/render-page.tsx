import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import { useState, type ReactElement, type ReactNode } from "react"
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom"
import { RegionProvider } from "../routes/regions/region-context"

/** A fresh cache and no retries, so a failed request shows its error at once. */
function TestQueries({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } })
  )
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
}

/** Where the page is now, as `current-path`, for pages that change their own address. */
function CurrentPath() {
  return <output data-testid="current-path">{useLocation().pathname}</output>
}

/**
 * Renders a page at `url` as the app does (queries, region, router); with `showPath`, the
 * address it is at shows as `current-path`.
 */
export function renderPage(
  page: ReactElement,
  { path, url, showPath = false }: { path: string; url: string; showPath?: boolean }
) {
  return render(
    <TestQueries>
      <RegionProvider>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={page} />
          </Routes>
          {showPath && <CurrentPath />}
        </MemoryRouter>
      </RegionProvider>
    </TestQueries>
  )
}

/** Where a page sent her: the path, as `elsewhere`, with its query and any state it passed along. */
function Elsewhere() {
  const location = useLocation()
  return (
    <p
      data-testid="elsewhere"
      data-search={location.search}
      data-state={JSON.stringify(location.state ?? null)}
    >
      {location.pathname}
    </p>
  )
}

/** Renders a page of her shop manager at `url`; any page it sends her to shows as `elsewhere`. */
export function renderShopPage(page: ReactElement, { path, url }: { path: string; url: string }) {
  return render(
    <TestQueries>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path={path} element={page} />
          <Route path="*" element={<Elsewhere />} />
        </Routes>
      </MemoryRouter>
    </TestQueries>
  )
}
