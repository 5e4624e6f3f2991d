import { QueryClientProvider } from "@tanstack/react-query"
import { RouterProvider, createBrowserRouter } from "react-router-dom"
import { queryClient } from "./lib/query-client"
import { routes } from "./route-map"
import { RegionProvider } from "./routes/regions/region-context"

const router = createBrowserRouter(routes)

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RegionProvider>
        <RouterProvider router={router} />
      </RegionProvider>
    </QueryClientProvider>
  )
}
