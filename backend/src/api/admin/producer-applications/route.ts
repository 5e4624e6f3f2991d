import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { APPLICATION_STATUSES } from "../../../modules/producer-application/models/producer-application"
import type { AdminGetProducerApplicationsParamsType } from "./validators"

/** The moderation inbox: filtered, oldest waiting first, with how many are in each status. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducerApplicationsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { submitted_from, submitted_to, ...filters } = req.filterableFields as Omit<
    AdminGetProducerApplicationsParamsType,
    "limit" | "offset"
  >
  const submittedAt = {
    ...(submitted_from ? { $gte: submitted_from } : {}),
    ...(submitted_to ? { $lte: submitted_to } : {}),
  }

  const { data: applications, metadata } = await query.graph({
    entity: "producer_application",
    fields: req.queryConfig.fields,
    filters: {
      ...filters,
      ...(Object.keys(submittedAt).length ? { submitted_at: submittedAt } : {}),
    },
    // Oldest waiting first unless she sorts otherwise; Medusa's query config has no default order.
    pagination: {
      ...req.queryConfig.pagination,
      order: req.queryConfig.pagination?.order ?? { submitted_at: "ASC" },
    },
  })

  const counts = Object.fromEntries(
    await Promise.all(
      APPLICATION_STATUSES.map(async (status) => {
        const { metadata: counted } = await query.graph({
          entity: "producer_application",
          fields: ["id"],
          filters: { status },
          pagination: { skip: 0, take: 1 },
        })
        return [status, counted?.count ?? 0]
      })
    )
  )

  res.json({
    applications,
    count: metadata?.count ?? applications.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? applications.length,
    counts,
  })
}
