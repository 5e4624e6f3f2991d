/**
 * The pages of the three apps that open without data of their own, by address; pages of one
 * product, order or application are reached through links from these.
 */
export const STOREFRONT_PAGES = [
  "/",
  "/search?q=kilim",
  "/cart",
  "/orders/find",
  "/account/login",
  "/account/register",
  "/sell",
  "/sell/status",
  "/sell/terms",
  "/sell/set-password",
  "/sell/login",
  "/no/such/page",
]

/** Her shop's pages, once she is logged in. */
export const SHOP_PAGES = [
  "/sell/shop",
  "/sell/shop/profile",
  "/sell/shop/products",
  "/sell/shop/products/new",
  "/sell/shop/orders",
  "/sell/shop/earnings",
]

/** Staff's pages, once logged in. */
export const ADMIN_PAGES = [
  "/applications",
  "/producers",
  "/product-reviews",
  "/pending-payments",
  "/payouts",
  "/settings",
  "/reason-templates",
  "/commission",
  "/impact",
]
