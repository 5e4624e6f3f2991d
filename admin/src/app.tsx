import { Toaster } from "@medusajs/ui"
import { QueryClientProvider } from "@tanstack/react-query"
import { RouterProvider, createBrowserRouter } from "react-router-dom"
import { client } from "./lib/client"
import { createQueryClient } from "./lib/query-client"
import { routes } from "./route-map"

const router = createBrowserRouter(routes)

const queryClient = createQueryClient({
  // The session expired or was revoked: forget the token and what it fetched, then sign in again.
  onUnauthorized: () => {
    void client.admin.auth.logout().then(async () => {
      await router.navigate("/login", { replace: true })
      queryClient.removeQueries()
    })
  },
})

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>
  )
}
