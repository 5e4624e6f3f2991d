import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminStaffMemberListResponse } from "@imece/types"
import { listStaffMembers } from "./helpers"

/** Who can review: the names offered when an application is assigned. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminStaffMemberListResponse>
) => {
  res.json({ staff_members: await listStaffMembers(req.scope) })
}
