export { ShopLayout as Component, ShopLayoutError as ErrorBoundary } from "./shop-layout"
