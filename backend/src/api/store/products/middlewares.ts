import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { exposeRelationFields } from "../../utils/expose-relation-fields"
import { storeProducerFields } from "../producers/query-config"

type ProducerProducts = { products?: ({ id: string } | null)[] | null }

/** An id no product has, so a producer without products yields an empty list, not every product. */
const NO_PRODUCT = "prod_none"

/**
 * Lets `GET /store/products` return each product's maker (`fields=*producer`) and filter by
 * `producer_id`. Medusa's own validator for this route is strict, so the producer filter is
 * turned into the `id` filter it already understands before that validator runs; this is why
 * the middleware is registered without a method (global middlewares run first).
 */
async function productsByProducer(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  // `*producer` would be every column of hers; shoppers get only what she shows them.
  exposeRelationFields(req, "producer", storeProducerFields)

  const producerId = req.query.producer_id
  if (req.method !== "GET" || req.path !== "/" || producerId === undefined) {
    return next()
  }
  delete req.query.producer_id

  const producerIds = (Array.isArray(producerId) ? producerId : [producerId]).map(String)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "producer",
    fields: ["products.id"],
    filters: { id: producerIds, status: "active" },
  })
  const productIds = (links as ProducerProducts[]).flatMap((producer) =>
    (producer.products ?? []).flatMap((product) => (product ? [product.id] : []))
  )

  req.query.id = productIds.length ? productIds : [NO_PRODUCT]
  next()
}

/**
 * A suspended producer's products leave the store. Registered after Medusa's own middlewares
 * for these routes, so it narrows the filters Medusa has already validated.
 */
async function withoutSuspendedProducers(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: suspended } = await query.graph({
    entity: "producer",
    fields: ["products.id"],
    filters: { status: "suspended" },
  })
  const hidden = (suspended as ProducerProducts[]).flatMap((producer) =>
    (producer.products ?? []).flatMap((product) => (product ? [product.id] : []))
  )
  if (hidden.length) {
    const id = req.filterableFields.id
    req.filterableFields.id = {
      ...(id === undefined ? {} : { $in: Array.isArray(id) ? id : [id] }),
      $nin: hidden,
    }
  }
  next()
}

export const storeProductRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/products",
    middlewares: [productsByProducer],
  },
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [withoutSuspendedProducers],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [withoutSuspendedProducers],
  },
]
