import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import { RouterProvider, createMemoryRouter } from "react-router-dom"
import { routes } from "../route-map"
import { RegionProvider } from "../routes/regions/region-context"

/**
 * The whole storefront at `url` as the browser shows it: its route map with the headers, the
 * error pages and one cache shared by every page she moves through. Returns the router, whose
 * `state.location` says where she is.
 */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <RegionProvider>
        <RouterProvider router={router} />
      </RegionProvider>
    </QueryClientProvider>
  )
  return router
}
