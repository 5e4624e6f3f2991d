import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { impactCsv } from "../csv"
import { readImpact } from "../read-impact"
import type { AdminExportImpactParamsType } from "../validators"

/**
 * One table of the impact report as a CSV file to open in a spreadsheet or send to the
 * municipality. Its numbers are the report's own: the same reading, the same reckoning.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExportImpactParamsType>,
  res: MedusaResponse
) => {
  const { from, to, table, locale } = req.validatedQuery
  const report = await readImpact(req.scope, { from, to })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="imece-impact-${table}-${from}-${to}.csv"`
  )
  res.send(impactCsv(report, table, locale))
}
