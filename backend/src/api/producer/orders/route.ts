import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerOrderListResponse } from "@imece/types"
import { producerOrderFields, toProducerOrder } from "./helpers"
import type { ProducerGetOrdersParamsType } from "./validators"

/** Her parts of shoppers' orders, newest first; `status` narrows to what she has to do. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ProducerGetOrdersParamsType>,
  res: MedusaResponse<ProducerOrderListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { limit, offset, status } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "producer_order",
    fields: producerOrderFields,
    filters: { producer_id: req.auth_context.actor_id, ...(status ? { status } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    orders: data.map(toProducerOrder),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
