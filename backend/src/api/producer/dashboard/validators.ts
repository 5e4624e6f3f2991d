import { z } from "@medusajs/framework/zod"

/** Her dashboard is always the same counts: no query parameter changes it. */
export const ProducerGetDashboardParams = z.object({}).strict()
