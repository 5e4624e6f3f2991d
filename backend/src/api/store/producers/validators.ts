import { z } from "@medusajs/framework/zod"
import { createPagedFindParams } from "../../utils/validators"

export const StoreGetProducersParams = createPagedFindParams({ limit: 20 }).strict()
export type StoreGetProducersParamsType = z.infer<typeof StoreGetProducersParams>

export const StoreGetProducerParams = z.object({}).strict()
