import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listStoreProducerQueryConfig } from "./query-config"
import { StoreGetProducerParams, StoreGetProducersParams } from "./validators"

export const storeProducerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/producers",
    middlewares: [validateAndTransformQuery(StoreGetProducersParams, listStoreProducerQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/producers/:handle",
    middlewares: [
      validateAndTransformQuery(StoreGetProducerParams, {
        ...listStoreProducerQueryConfig,
        isList: false,
      }),
    ],
  },
]
