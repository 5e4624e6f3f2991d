import { z } from "@medusajs/framework/zod"
import { createPagedFindParams } from "../../utils/validators"

export const AdminGetProductReviewsParams = createPagedFindParams({ limit: 20 }).strict()
export type AdminGetProductReviewsParamsType = z.infer<typeof AdminGetProductReviewsParams>

export const AdminApproveProduct = z.object({}).strict()

export const AdminSendBackProduct = z
  .object({ reason: z.string().trim().min(3).max(2000) })
  .strict()
export type AdminSendBackProductType = z.infer<typeof AdminSendBackProduct>
