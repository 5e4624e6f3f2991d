import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { readablePath } from "../../utils/validators"
import { listStoreProducerQueryConfig } from "./query-config"
import { StoreGetProducerParams, StoreGetProducersParams } from "./validators"

export const storeProducerRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/producers/*", middlewares: [readablePath] },
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
