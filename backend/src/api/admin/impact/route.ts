import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminImpactResponse } from "@imece/types"
import { readImpact } from "./read-impact"
import type { AdminGetImpactParamsType } from "./validators"

/**
 * What the programme achieved over a period: applicants followed to a first sale, income per
 * month, by city and craft, the producers who earned most and those who have not sold lately.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetImpactParamsType>,
  res: MedusaResponse<AdminImpactResponse>
) => {
  const { impact } = await readImpact(req.scope, req.validatedQuery)
  res.json({ impact })
}
