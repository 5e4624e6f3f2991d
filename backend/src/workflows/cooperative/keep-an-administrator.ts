import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { CodedError } from "../../utils/coded-error"

/**
 * Refuses to take the administrator's role from `userId`, by demoting or deleting her, when she is
 * the cooperative's last administrator: no one could change its settings, pay producers or add
 * staff again. A deleted user's role row stays behind, so only administrators whose user still
 * exists are counted.
 */
export async function refuseRemovingLastAdministrator(container: MedusaContainer, userId: string) {
  const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const roles = await cooperative.listStaffRoles({ role: "administrator" })
  if (!roles.some((role) => role.user_id === userId)) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: others } = await query.graph({
    entity: "user",
    fields: ["id"],
    filters: { id: roles.map((role) => role.user_id).filter((id) => id !== userId) },
  })
  if (others.length === 0) {
    throw new CodedError(
      MedusaError.Types.NOT_ALLOWED,
      "last_administrator",
      "The cooperative needs at least one administrator; make someone else an administrator first."
    )
  }
}
