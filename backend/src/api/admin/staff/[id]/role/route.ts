import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminStaffMemberResponse } from "@imece/types"
import { setStaffRoleWorkflow } from "../../../../../workflows/cooperative/workflows/set-staff-role"
import { listStaffMembers } from "../../helpers"
import type { AdminSetStaffRoleType } from "../../validators"

/** An administrator makes a staff member a reviewer or an administrator. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetStaffRoleType>,
  res: MedusaResponse<AdminStaffMemberResponse>
) => {
  const [existing] = await listStaffMembers(req.scope, { id: req.params.id })
  if (!existing) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No staff member with the id ${req.params.id}.`
    )
  }
  await setStaffRoleWorkflow(req.scope).run({
    input: { user_id: req.params.id, role: req.validatedBody.role },
  })
  const [staffMember] = await listStaffMembers(req.scope, { id: req.params.id })
  res.json({ staff_member: staffMember })
}
