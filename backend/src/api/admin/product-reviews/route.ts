import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { productReviewFields } from "./query-config"
import type { AdminGetProductReviewsParamsType } from "./validators"

/** Products waiting under product moderation, the longest waiting first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProductReviewsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset } = req.validatedQuery
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: productReviewFields,
    filters: { status: ProductStatus.PROPOSED },
    pagination: { skip: offset, take: limit, order: { updated_at: "ASC" } },
  })
  res.json({ products, count: metadata?.count ?? products.length, offset, limit })
}
