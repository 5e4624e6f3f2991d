import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreProducer, StoreProducerListResponse } from "@imece/types"
import type { StoreGetProducersParamsType } from "./validators"

/** Active producers only: pending and suspended shops are not shown to shoppers. */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetProducersParamsType>,
  res: MedusaResponse<StoreProducerListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: req.queryConfig.fields,
    filters: { status: "active" },
    pagination: req.queryConfig.pagination,
  })

  res.json({
    producers: producers as StoreProducer[],
    count: metadata?.count ?? producers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? producers.length,
  })
}
