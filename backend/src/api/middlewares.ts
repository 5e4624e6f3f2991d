import { defineMiddlewares } from "@medusajs/framework/http"
import { adminProducerRoutesMiddlewares } from "./admin/producers/middlewares"
import { storeProducerRoutesMiddlewares } from "./store/producers/middlewares"
import { storeProductRoutesMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeProducerRoutesMiddlewares,
    ...storeProductRoutesMiddlewares,
    ...adminProducerRoutesMiddlewares,
  ],
})
