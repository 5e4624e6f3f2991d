import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StaffRole } from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { refuseRemovingLastAdministrator } from "../keep-an-administrator"

export const setStaffRoleStepId = "set-staff-role"

/**
 * Gives a staff member her role. The cooperative always keeps one administrator, so that
 * someone can still change its settings.
 */
export const setStaffRoleStep = createStep(
  setStaffRoleStepId,
  async (input: { user_id: string; role: StaffRole }, { container }) => {
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const previous = await cooperative.retrieveRoleOfUser(input.user_id)
    if (input.role !== "administrator") {
      await refuseRemovingLastAdministrator(container, input.user_id)
    }
    const [staffRole] = await cooperative.listStaffRoles({ user_id: input.user_id }, { take: 1 })
    if (staffRole) {
      await cooperative.updateStaffRoles({ id: staffRole.id, role: input.role })
    } else {
      await cooperative.createStaffRoles(input)
    }
    return new StepResponse(input, { user_id: input.user_id, role: previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [staffRole] = await cooperative.listStaffRoles({ user_id: previous.user_id }, { take: 1 })
    if (staffRole) {
      await cooperative.updateStaffRoles({ id: staffRole.id, role: previous.role })
    }
  }
)
