import { MedusaService } from "@medusajs/framework/utils"
import type { StaffRole as StaffRoleName } from "@imece/types"
import { ReasonTemplate } from "./models/reason-template"
import { StaffRole } from "./models/staff-role"

class CooperativeModuleService extends MedusaService({ StaffRole, ReasonTemplate }) {
  /** Her role; staff without one moderate but change no settings. */
  async retrieveRoleOfUser(userId: string): Promise<StaffRoleName> {
    const [staffRole] = await this.listStaffRoles({ user_id: userId }, { take: 1 })
    return staffRole?.role ?? "reviewer"
  }
}

export default CooperativeModuleService
