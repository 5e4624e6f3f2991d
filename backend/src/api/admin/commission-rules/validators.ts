import { z } from "@medusajs/framework/zod"
import { readableText, requestBody } from "../../utils/validators"
import { isCalendarDate } from "../../../utils/cooperative-calendar"
import { COMMISSION_RULE_SCOPES } from "../../../modules/commission/models/commission-rule"

const targetId = readableText().trim().min(1).max(100)

export const AdminGetCommissionRulesParams = z
  .object({ scope: z.enum(COMMISSION_RULE_SCOPES).optional(), target_id: targetId.optional() })
  .strict()
export type AdminGetCommissionRulesParamsType = z.infer<typeof AdminGetCommissionRulesParams>

/** Whole hundredths: 7.5 and 7.25 are rates, 7.125 is not (basis points are whole numbers). */
const hasAtMostTwoDecimals = (value: number) =>
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-6

/**
 * A new rule. The rate is a percentage as staff say it (7.5 for 7.5 %), stored in basis points
 * (750); the first day is a calendar day in the cooperative's time zone. Whether the target
 * exists and the day is not past is checked by the workflow.
 */
export const AdminCreateCommissionRule = requestBody(
  z
    .object({
      scope: z.enum(COMMISSION_RULE_SCOPES),
      target_id: targetId.optional(),
      rate_percent: z.number().min(0).max(100).refine(hasAtMostTwoDecimals, {
        message: "Give the rate as a percentage with at most two decimals, such as 7.5.",
      }),
      valid_from: z.string().refine(isCalendarDate, {
        message: "Give valid_from as a calendar day, YYYY-MM-DD (such as 2026-12-01).",
      }),
    })
    .strict()
)
export type AdminCreateCommissionRuleType = z.infer<typeof AdminCreateCommissionRule>
