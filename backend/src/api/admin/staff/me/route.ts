import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminStaffMemberResponse } from "@imece/types"
import { listStaffMembers } from "../helpers"

/** The logged-in staff member and her role, so the console shows only what she may do. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminStaffMemberResponse>
) => {
  const [staffMember] = await listStaffMembers(req.scope, { id: req.auth_context.actor_id })
  if (!staffMember) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your staff account could not be found.")
  }
  res.json({ staff_member: staffMember })
}
