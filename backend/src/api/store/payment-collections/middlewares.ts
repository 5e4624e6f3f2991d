import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  onlyTheBodysCartsShopper,
  onlyThePaymentCollectionsShopper,
} from "../../utils/shopper-ownership"

export const storePaymentCollectionRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/payment-collections",
    middlewares: [onlyTheBodysCartsShopper],
  },
  { matcher: "/store/payment-collections/:id/*", middlewares: [onlyThePaymentCollectionsShopper] },
]
