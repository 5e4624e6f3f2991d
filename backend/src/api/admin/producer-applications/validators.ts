import { z } from "@medusajs/framework/zod"
import { APPLICATION_STATUSES } from "../../../modules/producer-application/models/producer-application"
import { createPagedFindParams } from "../../utils/validators"

export const AdminGetProducerApplicationsParams = createPagedFindParams({ limit: 20 })
  .extend({
    q: z.string().max(200).optional(),
    status: z.enum(APPLICATION_STATUSES).optional(),
    city: z.string().max(80).optional(),
    craft: z.string().max(80).optional(),
    submitted_from: z.coerce.date().optional(),
    submitted_to: z.coerce.date().optional(),
  })
  .strict()
export type AdminGetProducerApplicationsParamsType = z.infer<
  typeof AdminGetProducerApplicationsParams
>

export const AdminGetProducerApplicationParams = z.object({}).strict()

const staffMessage = z.string().trim().min(3).max(2000)

export const AdminApproveProducerApplication = z
  .object({ message: staffMessage.optional() })
  .strict()
export type AdminApproveProducerApplicationType = z.infer<typeof AdminApproveProducerApplication>

export const AdminRejectProducerApplication = z.object({ reason: staffMessage }).strict()
export type AdminRejectProducerApplicationType = z.infer<typeof AdminRejectProducerApplication>

export const AdminRequestChangesProducerApplication = z.object({ message: staffMessage }).strict()
export type AdminRequestChangesProducerApplicationType = z.infer<
  typeof AdminRequestChangesProducerApplication
>

/** Without a user id, the staff member assigns it to herself. */
export const AdminAssignProducerApplication = z
  .object({ user_id: z.string().min(1).max(100).optional() })
  .strict()
export type AdminAssignProducerApplicationType = z.infer<typeof AdminAssignProducerApplication>
