import type { MiddlewareRoute } from "@medusajs/framework/http"
import { onlyTheBodysCartsShopper, onlyTheQuerysCartsShopper } from "../../utils/shopper-ownership"

/** The shipping options of a cart, and their prices for it, are her cart's to ask for. */
export const storeShippingOptionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/shipping-options", middlewares: [onlyTheQuerysCartsShopper] },
  {
    method: ["POST"],
    matcher: "/store/shipping-options/:id/calculate",
    middlewares: [onlyTheBodysCartsShopper],
  },
]
