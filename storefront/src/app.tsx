import { QueryClientProvider } from "@tanstack/react-query"
import { BrowserRouter } from "react-router-dom"
import { queryClient } from "./lib/query-client"
import { StorefrontPages } from "./route-map"
import { RegionProvider } from "./routes/regions/region-context"

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RegionProvider>
        <BrowserRouter>
          <StorefrontPages />
        </BrowserRouter>
      </RegionProvider>
    </QueryClientProvider>
  )
}
