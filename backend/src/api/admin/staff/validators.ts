import { z } from "@medusajs/framework/zod"
import { requestBody } from "../../utils/validators"
import { STAFF_ROLES } from "../../../modules/cooperative/models/staff-role"

export const AdminGetStaffMembersParams = z.object({}).strict()

export const AdminSetStaffRole = requestBody(z.object({ role: z.enum(STAFF_ROLES) }).strict())
export type AdminSetStaffRoleType = z.infer<typeof AdminSetStaffRole>
