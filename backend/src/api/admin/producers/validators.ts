import { z } from "@medusajs/framework/zod"
import { createPagedFindParams, readableText, requestBody, sortOrder } from "../../utils/validators"
import { PRODUCER_STATUSES } from "../../../modules/producer/models/producer"

export const AdminGetProducersParams = createPagedFindParams({ limit: 20 })
  .extend({
    q: readableText().max(200).optional(),
    status: z.enum(PRODUCER_STATUSES).optional(),
    order: sortOrder(["name", "handle", "city", "status", "created_at", "updated_at"]),
  })
  .strict()
export type AdminGetProducersParamsType = z.infer<typeof AdminGetProducersParams>

/** Suspending and reactivating take no input; anything sent is refused. */
export const AdminChangeProducerStatus = requestBody(z.object({}).strict())
