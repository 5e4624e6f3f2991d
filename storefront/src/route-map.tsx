import type { RouteObject } from "react-router-dom"
import { LoadingState } from "./components/common/page-states"
import { Layout } from "./components/layout/layout"

/** Every page of the storefront; each loads on first visit. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: LoadingState,
    children: [
      { index: true, lazy: () => import("./routes/home/home-page") },
      { path: "/products/:handle", lazy: () => import("./routes/products/product-detail") },
      { path: "/producers/:handle", lazy: () => import("./routes/producers/producer-detail") },
      { path: "*", lazy: () => import("./routes/not-found") },
    ],
  },
]
