import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSearchParams } from "./validators"

export const storeSearchRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/search",
    // The fields are the route's own (see route.ts); the config only satisfies the validator.
    middlewares: [validateAndTransformQuery(StoreSearchParams, { defaults: ["id"], isList: true })],
  },
]
