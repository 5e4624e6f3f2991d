import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminStaffMember } from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Staff members (Medusa's users) with their role in the cooperative. */
export async function listStaffMembers(
  scope: MedusaContainer,
  filters: { id?: string } = {}
): Promise<AdminStaffMember[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const cooperative: CooperativeModuleService = scope.resolve(COOPERATIVE_MODULE)
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id", "email", "first_name", "last_name"],
    filters,
    pagination: { order: { email: "ASC" } },
  })
  const roles = await cooperative.listStaffRoles({ user_id: users.map((user) => user.id) })
  const roleOf = new Map(roles.map((staffRole) => [staffRole.user_id, staffRole.role]))
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    first_name: user.first_name ?? null,
    last_name: user.last_name ?? null,
    role: roleOf.get(user.id) ?? "reviewer",
  }))
}
