import { z } from "@medusajs/framework/zod"
import { IMPACT_EXPORT_TABLES, REPORT_LOCALES } from "./csv"
import { DEFAULT_PERIOD_MONTHS, parseDay, periodProblem } from "./period"

const day = (name: "from" | "to") =>
  z
    .string()
    .refine((text) => parseDay(text) !== null, {
      message: `'${name}' must be a calendar day written YYYY-MM-DD, e.g. 2026-01-31.`,
    })
    .optional()

const periodShape = { from: day("from"), to: day("to") }

type PeriodQuery = { from?: string; to?: string }

/** What is wrong with the two dates together, and which one to point at; null when nothing. */
function periodIssue({ from, to }: PeriodQuery): { path: string[]; message: string } | null {
  if ((from === undefined) !== (to === undefined)) {
    return {
      path: [from === undefined ? "from" : "to"],
      message: `Give both 'from' and 'to' (YYYY-MM-DD), or neither for the last ${DEFAULT_PERIOD_MONTHS} months.`,
    }
  }
  const problem = from && to ? periodProblem({ from, to }) : null
  return problem ? { path: ["to"], message: problem } : null
}

/**
 * A period of whole days, both or neither given (then the last 12 months up to the
 * cooperative's today, which the report works out in its time zone). `from` must not be after `to`, and a report
 * covers at most three years.
 */
export const AdminGetImpactParams = z
  .object(periodShape)
  .strict()
  .superRefine((query, context) => {
    const issue = periodIssue(query)
    if (issue) {
      context.addIssue({ code: "custom", ...issue })
    }
  })
export type AdminGetImpactParamsType = z.infer<typeof AdminGetImpactParams>

export const AdminExportImpactParams = z
  .object({
    ...periodShape,
    table: z.enum(IMPACT_EXPORT_TABLES),
    /** The language of the header row and of crafts' names. */
    locale: z.enum(REPORT_LOCALES).default("tr"),
  })
  .strict()
  .superRefine((query, context) => {
    const issue = periodIssue(query)
    if (issue) {
      context.addIssue({ code: "custom", ...issue })
    }
  })
export type AdminExportImpactParamsType = z.infer<typeof AdminExportImpactParams>
