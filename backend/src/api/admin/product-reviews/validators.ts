import { z } from "@medusajs/framework/zod"
import { createPagedFindParams, readableText, requestBody } from "../../utils/validators"

export const AdminGetProductReviewsParams = createPagedFindParams({ limit: 20 }).strict()
export type AdminGetProductReviewsParamsType = z.infer<typeof AdminGetProductReviewsParams>

export const AdminApproveProduct = requestBody(z.object({}).strict())

export const AdminSendBackProduct = requestBody(
  z.object({ reason: readableText().trim().min(3).max(2000) }).strict()
)
export type AdminSendBackProductType = z.infer<typeof AdminSendBackProduct>
