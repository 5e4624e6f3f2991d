import { Navigate, type RouteObject } from "react-router-dom"
import { LoadingState } from "./components/common/page-states"
import { Layout, LayoutError } from "./components/layout/layout"
import { loadShopTexts } from "./i18n"

/** A page under /sell: its code and the texts of the pages under /sell, loaded together. */
async function sellPage<T>(page: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([page, loadShopTexts()])
  return loaded
}

/**
 * Every page of the storefront; each loads on first visit. A page that fails shows an error
 * page inside its own header (the shopper's, or her shop's under /sell/shop), never a blank one.
 */
export const routes: RouteObject[] = [
  {
    // The last resort, for what the page frames below do not catch themselves.
    errorElement: <LayoutError />,
    HydrateFallback: LoadingState,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, lazy: () => import("./routes/home/home-page") },
          { path: "/products/:handle", lazy: () => import("./routes/products/product-detail") },
          { path: "/producers/:handle", lazy: () => import("./routes/producers/producer-detail") },
          { path: "/search", lazy: () => import("./routes/search/search-page") },
          {
            path: "/categories/:handle",
            lazy: () => import("./routes/categories/category-detail"),
          },
          { path: "/cart", lazy: () => import("./routes/cart/cart-page") },
          { path: "/checkout", lazy: () => import("./routes/checkout/checkout-page") },
          { path: "/orders/find", lazy: () => import("./routes/orders/order-lookup") },
          { path: "/orders/:id", lazy: () => import("./routes/orders/order-detail") },
          { path: "/account", lazy: () => import("./routes/account/account-overview") },
          { path: "/account/login", lazy: () => import("./routes/account/account-login") },
          { path: "/account/register", lazy: () => import("./routes/account/account-register") },
          { path: "/sell", lazy: () => sellPage(import("./routes/sell/sell-apply")) },
          { path: "/sell/status", lazy: () => sellPage(import("./routes/sell/sell-status")) },
          { path: "/sell/terms", lazy: () => sellPage(import("./routes/sell/sell-terms")) },
          {
            path: "/sell/set-password",
            lazy: () => sellPage(import("./routes/sell/sell-set-password")),
          },
          { path: "/sell/login", lazy: () => sellPage(import("./routes/sell/sell-login")) },
          { path: "/sell/earnings", element: <Navigate to="/sell/shop/earnings" replace /> },
          { path: "*", lazy: () => import("./routes/not-found") },
        ],
      },
      {
        path: "/sell/shop",
        lazy: () => sellPage(import("./routes/sell/shop-layout")),
        children: [
          { index: true, lazy: () => sellPage(import("./routes/sell/sell-shop")) },
          { path: "profile", lazy: () => sellPage(import("./routes/sell/sell-shop-profile")) },
          { path: "products", lazy: () => sellPage(import("./routes/sell/sell-products")) },
          { path: "products/new", lazy: () => sellPage(import("./routes/sell/sell-product-new")) },
          { path: "products/:id", lazy: () => sellPage(import("./routes/sell/sell-product-edit")) },
          { path: "orders", lazy: () => sellPage(import("./routes/sell/sell-orders")) },
          { path: "orders/:id", lazy: () => sellPage(import("./routes/sell/sell-order-detail")) },
          { path: "earnings", lazy: () => sellPage(import("./routes/sell/sell-earnings")) },
        ],
      },
    ],
  },
]
