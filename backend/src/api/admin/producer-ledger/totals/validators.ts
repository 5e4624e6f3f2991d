import type { z } from "@medusajs/framework/zod"
import { AdminGetImpactParams } from "../../impact/validators"

/**
 * The impact report's period, by the same rules, so the two can be compared day for day: whole
 * days of the cooperative's calendar (Istanbul) `from` and `to` (YYYY-MM-DD), both or neither (the last 12 calendar months up to
 * today), `from` not after `to`, at most three years; nothing else.
 */
export const AdminGetProducerLedgerTotalsParams = AdminGetImpactParams
export type AdminGetProducerLedgerTotalsParamsType = z.infer<
  typeof AdminGetProducerLedgerTotalsParams
>
