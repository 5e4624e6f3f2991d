import type { z } from "@medusajs/framework/zod"
import { createPagedFindParams } from "../../utils/validators"

/** One page of her history, newest first; her balances are always over her whole ledger. */
export const ProducerGetEarningsParams = createPagedFindParams({ limit: 20 }).strict()
export type ProducerGetEarningsParamsType = z.infer<typeof ProducerGetEarningsParams>
