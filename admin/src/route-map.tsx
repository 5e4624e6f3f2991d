import { Navigate, type RouteObject } from "react-router-dom"
import { FullPageSpinner } from "./components/common/page-states"
import { AuthenticatedLayout } from "./components/layout/authenticated-layout"

/** Every screen of the console; pages load on first visit. */
export const routes: RouteObject[] = [
  {
    // Shown while the first page's code loads.
    HydrateFallback: FullPageSpinner,
    children: [
      {
        path: "/login",
        lazy: () => import("./routes/auth/auth-login"),
      },
      {
        element: <AuthenticatedLayout />,
        children: [
          { index: true, element: <Navigate to="/producers" replace /> },
          {
            path: "/applications",
            lazy: () => import("./routes/applications/application-list"),
          },
          {
            path: "/applications/:id",
            lazy: () => import("./routes/applications/application-detail"),
          },
          {
            path: "/producers",
            lazy: () => import("./routes/producers/producer-list"),
          },
          {
            path: "/product-reviews",
            lazy: () => import("./routes/product-reviews/product-review-list"),
          },
          {
            path: "/pending-payments",
            lazy: () => import("./routes/payments/pending-payment-list"),
          },
          {
            path: "/payouts",
            lazy: () => import("./routes/payouts/payout-batch-list"),
          },
          {
            path: "/settings",
            lazy: () => import("./routes/settings/cooperative-settings"),
          },
          {
            path: "/reason-templates",
            lazy: () => import("./routes/reason-templates/reason-template-list"),
          },
          {
            path: "/commission",
            lazy: () => import("./routes/commission-rules/commission-rule-list"),
          },
          {
            path: "/impact",
            lazy: () => import("./routes/impact/impact-dashboard"),
          },
          // Unknown addresses land on the start page (after login, if there is no session).
          { path: "*", element: <Navigate to="/producers" replace /> },
        ],
      },
    ],
  },
]
