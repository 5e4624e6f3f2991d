import { z } from "@medusajs/framework/zod"
import { createPagedFindParams } from "../../utils/validators"
import { PRODUCER_STATUSES } from "../../../modules/producer/models/producer"

export const AdminGetProducersParams = createPagedFindParams({ limit: 20 })
  .extend({
    q: z.string().max(200).optional(),
    status: z.enum(PRODUCER_STATUSES).optional(),
  })
  .strict()
export type AdminGetProducersParamsType = z.infer<typeof AdminGetProducersParams>

/** Suspending and reactivating take no input; anything sent is refused. */
export const AdminChangeProducerStatus = z.object({}).strict()
