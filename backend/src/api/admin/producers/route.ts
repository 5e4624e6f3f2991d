import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminProducer, AdminProducerListResponse } from "@imece/types"
import { PAYOUT_ACCOUNT_FIELDS, toAdminProducer } from "./helpers"
import type { AdminGetProducersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducersParamsType>,
  res: MedusaResponse<AdminProducerListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  // Her IBAN is read only to be masked: whatever `fields` asks, staff never get it whole.
  const fields = [
    ...req.queryConfig.fields.filter((field) => !PAYOUT_ACCOUNT_FIELDS.includes(field)),
    "iban",
  ]
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })

  res.json({
    producers: producers.map(toAdminProducer) as AdminProducer[],
    count: metadata?.count ?? producers.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? producers.length,
  })
}
