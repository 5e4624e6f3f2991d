import { z } from "@medusajs/framework/zod"
import { OFFLINE_PAYMENT_METHODS } from "../../../modules/payment-offline/methods"
import { createPagedFindParams } from "../../utils/validators"

export const AdminGetPendingPaymentsParams = createPagedFindParams({ limit: 20 })
  .extend({ method: z.enum(OFFLINE_PAYMENT_METHODS).optional() })
  .strict()
export type AdminGetPendingPaymentsParamsType = z.infer<typeof AdminGetPendingPaymentsParams>
