import { z } from "@medusajs/framework/zod"
import { APPLICATION_STATUSES } from "../../../modules/producer-application/models/producer-application"
import {
  createPagedFindParams,
  readableText,
  requestBody,
  sortOrder,
  storableDate,
} from "../../utils/validators"

export const AdminGetProducerApplicationsParams = createPagedFindParams({ limit: 20 })
  .extend({
    q: readableText().max(200).optional(),
    status: z.enum(APPLICATION_STATUSES).optional(),
    city: readableText().max(80).optional(),
    craft: readableText().max(80).optional(),
    submitted_from: storableDate().optional(),
    submitted_to: storableDate().optional(),
    order: sortOrder(["submitted_at", "created_at", "updated_at", "full_name", "city", "status"]),
  })
  .strict()
export type AdminGetProducerApplicationsParamsType = z.infer<
  typeof AdminGetProducerApplicationsParams
>

export const AdminGetProducerApplicationParams = z.object({}).strict()

const staffMessage = readableText().trim().min(3).max(2000)

export const AdminApproveProducerApplication = requestBody(
  z.object({ message: staffMessage.optional() }).strict()
)
export type AdminApproveProducerApplicationType = z.infer<typeof AdminApproveProducerApplication>

export const AdminRejectProducerApplication = requestBody(
  z.object({ reason: staffMessage }).strict()
)
export type AdminRejectProducerApplicationType = z.infer<typeof AdminRejectProducerApplication>

export const AdminRequestChangesProducerApplication = requestBody(
  z.object({ message: staffMessage }).strict()
)
export type AdminRequestChangesProducerApplicationType = z.infer<
  typeof AdminRequestChangesProducerApplication
>

/** Without a user id, the staff member assigns it to herself. */
export const AdminAssignProducerApplication = requestBody(
  z.object({ user_id: readableText().min(1).max(100).optional() }).strict()
)
export type AdminAssignProducerApplicationType = z.infer<typeof AdminAssignProducerApplication>
