import { z } from "@medusajs/framework/zod"

/** Her earnings are read whole: no query parameter changes them. */
export const ProducerGetEarningsParams = z.object({}).strict()
