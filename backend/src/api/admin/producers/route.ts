import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminProducer, AdminProducerListResponse } from "@imece/types"
import { toAdminProducers } from "./helpers"
import type { AdminGetProducersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducersParamsType>,
  res: MedusaResponse<AdminProducerListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    producers: (await toAdminProducers(req.scope, producers)) as AdminProducer[],
    count: metadata?.count ?? producers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? producers.length,
  })
}
