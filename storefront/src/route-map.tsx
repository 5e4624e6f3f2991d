import { lazy, Suspense, type ComponentType } from "react"
import { Navigate, Outlet, useRoutes, type RouteObject } from "react-router-dom"
import { LoadingState } from "./components/common/page-states"
import { PageErrorBoundary } from "./components/common/page-error-boundary"
import { Layout, LayoutError } from "./components/layout/layout"
import { loadShopTexts } from "./i18n"

type PageModule = { Component: ComponentType; ErrorBoundary?: ComponentType }

/**
 * A page whose code loads on her first visit to it. React Router's own lazy routes need its data
 * router, 18 KB of gzip more on every shopper's first visit, for what React.lazy does here.
 */
function page(load: () => Promise<PageModule>) {
  const Page = lazy(() => load().then((module) => ({ default: module.Component })))
  return <Page />
}

/** A page under /sell: its code and the texts of the pages under /sell, loaded together. */
async function sellPage(page: Promise<PageModule>): Promise<PageModule> {
  const [loaded] = await Promise.all([page, loadShopTexts()])
  return loaded
}

/** Her shop's frame, with its own error page inside it. */
function shopLayout() {
  const load = () => sellPage(import("./routes/sell/shop-layout"))
  const ShopLayout = lazy(() => load().then((module) => ({ default: module.Component })))
  const ShopLayoutError = lazy(() =>
    load().then((module) => ({ default: module.ErrorBoundary ?? LayoutError }))
  )
  return (
    <PageErrorBoundary
      fallback={
        <Suspense fallback={<LoadingState />}>
          <ShopLayoutError />
        </Suspense>
      }
    >
      <ShopLayout />
    </PageErrorBoundary>
  )
}

/** The last resort, for what the page frames below do not catch themselves. */
function PageFrame() {
  return (
    <PageErrorBoundary fallback={<LayoutError />}>
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </PageErrorBoundary>
  )
}

/**
 * Every page of the storefront; each loads on first visit. A page that fails shows an error
 * page inside its own header (the shopper's, or her shop's under /sell/shop), never a blank one.
 */
export const routes: RouteObject[] = [
  {
    element: <PageFrame />,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, element: page(() => import("./routes/home/home-page")) },
          {
            path: "/products/:handle",
            element: page(() => import("./routes/products/product-detail")),
          },
          {
            path: "/producers/:handle",
            element: page(() => import("./routes/producers/producer-detail")),
          },
          { path: "/search", element: page(() => import("./routes/search/search-page")) },
          {
            path: "/categories/:handle",
            element: page(() => import("./routes/categories/category-detail")),
          },
          { path: "/cart", element: page(() => import("./routes/cart/cart-page")) },
          { path: "/checkout", element: page(() => import("./routes/checkout/checkout-page")) },
          { path: "/orders/find", element: page(() => import("./routes/orders/order-lookup")) },
          { path: "/orders/:id", element: page(() => import("./routes/orders/order-detail")) },
          { path: "/account", element: page(() => import("./routes/account/account-overview")) },
          {
            path: "/account/login",
            element: page(() => import("./routes/account/account-login")),
          },
          {
            path: "/account/register",
            element: page(() => import("./routes/account/account-register")),
          },
          { path: "/sell", element: page(() => sellPage(import("./routes/sell/sell-apply"))) },
          {
            path: "/sell/status",
            element: page(() => sellPage(import("./routes/sell/sell-status"))),
          },
          {
            path: "/sell/terms",
            element: page(() => sellPage(import("./routes/sell/sell-terms"))),
          },
          {
            path: "/sell/set-password",
            element: page(() => sellPage(import("./routes/sell/sell-set-password"))),
          },
          {
            path: "/sell/login",
            element: page(() => sellPage(import("./routes/sell/sell-login"))),
          },
          { path: "/sell/earnings", element: <Navigate to="/sell/shop/earnings" replace /> },
          { path: "*", element: page(() => import("./routes/not-found")) },
        ],
      },
      {
        path: "/sell/shop",
        element: shopLayout(),
        children: [
          { index: true, element: page(() => sellPage(import("./routes/sell/sell-shop"))) },
          {
            path: "profile",
            element: page(() => sellPage(import("./routes/sell/sell-shop-profile"))),
          },
          {
            path: "products",
            element: page(() => sellPage(import("./routes/sell/sell-products"))),
          },
          {
            path: "products/new",
            element: page(() => sellPage(import("./routes/sell/sell-product-new"))),
          },
          {
            path: "products/:id",
            element: page(() => sellPage(import("./routes/sell/sell-product-edit"))),
          },
          { path: "orders", element: page(() => sellPage(import("./routes/sell/sell-orders"))) },
          {
            path: "orders/:id",
            element: page(() => sellPage(import("./routes/sell/sell-order-detail"))),
          },
          {
            path: "earnings",
            element: page(() => sellPage(import("./routes/sell/sell-earnings"))),
          },
        ],
      },
    ],
  },
]

/** The page at the browser's address. */
export function StorefrontPages() {
  return useRoutes(routes)
}
