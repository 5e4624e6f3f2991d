import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render } from "@testing-library/react"
import { MemoryRouter, useLocation, type Location } from "react-router-dom"
import { StorefrontPages } from "../route-map"
import { RegionProvider } from "../routes/regions/region-context"

/**
 * The whole storefront at `url` as the browser shows it: its route map with the headers, the
 * error pages and one cache shared by every page she moves through. Returns where she is now.
 */
export function renderApp(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const now: { location?: Location } = {}
  function WhereSheIs() {
    now.location = useLocation()
    return null
  }
  render(
    <QueryClientProvider client={queryClient}>
      <RegionProvider>
        <MemoryRouter initialEntries={[url]}>
          <StorefrontPages />
          <WhereSheIs />
        </MemoryRouter>
      </RegionProvider>
    </QueryClientProvider>
  )
  return {
    location: () => {
      if (!now.location) {
        throw new Error("The storefront has not rendered yet")
      }
      return now.location
    },
  }
}
