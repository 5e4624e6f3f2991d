import { model } from "@medusajs/framework/utils"
import type { StaffRole as StaffRoleName } from "@imece/types"

export const STAFF_ROLES = ["reviewer", "administrator"] as const satisfies readonly StaffRoleName[]

/**
 * A staff member's role, kept apart from Medusa's user so that no staff member can raise her own
 * role by editing her profile. A user without a row is a reviewer.
 */
export const StaffRole = model.define("staff_role", {
  id: model.id({ prefix: "strl" }).primaryKey(),
  user_id: model.text().unique(),
  role: model.enum([...STAFF_ROLES]),
})
