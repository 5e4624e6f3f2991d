import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomBytes } from "node:crypto"
import { createProducerProductWorkflow } from "../../../workflows/producer-product/workflows/create-producer-product"
import { handleFromText } from "../../../utils/handle"
import {
  asHerProduct,
  producerProductFields,
  retrieveOwnProduct,
  withTranslations,
} from "./helpers"
import type { ProducerCreateProductType, ProducerGetProductsParamsType } from "./validators"

/** Her products, newest first; never another producer's. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ProducerGetProductsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: ["products.id"],
    filters: { id: req.auth_context.actor_id },
  })
  const ids = ((producer?.products ?? []) as ({ id: string } | null)[]).flatMap((product) =>
    product ? [product.id] : []
  )
  const { limit, offset } = req.validatedQuery
  if (!ids.length) {
    return res.json({ products: [], count: 0, offset, limit })
  }
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: producerProductFields,
    filters: { id: ids },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    products: await withTranslations(req.scope, products.map(asHerProduct)),
    count: metadata?.count ?? products.length,
    offset,
    limit,
  })
}

/** She lists a new product; it is linked to her shop and stocked at the cooperative. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerCreateProductType>,
  res: MedusaResponse
) => {
  // Two producers may both sell an "Oya küpe": a short random tail keeps handles unique.
  const base = handleFromText(req.validatedBody.title, "product")
  const handle = `${base}-${randomBytes(3).toString("hex")}`
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, producer_id: req.auth_context.actor_id, handle },
  })
  res.status(201).json({
    product: await retrieveOwnProduct(req.scope, req.auth_context.actor_id, result.id),
  })
}
