import { MedusaService } from "@medusajs/framework/utils"
import type { StaffRole as StaffRoleName } from "@imece/types"
import { DEFAULT_COOPERATIVE_TIME_ZONE } from "../../utils/cooperative-calendar"
import { CooperativeSettings } from "./models/cooperative-settings"
import { ReasonTemplate } from "./models/reason-template"
import { StaffRole } from "./models/staff-role"

export const DEFAULT_COOPERATIVE_SETTINGS = {
  product_moderation: false,
  commission_bps: 0,
  earning_holding_days: 0,
  time_zone: DEFAULT_COOPERATIVE_TIME_ZONE,
}

class CooperativeModuleService extends MedusaService({
  StaffRole,
  ReasonTemplate,
  CooperativeSettings,
}) {
  /** The settings in force: the defaults until an administrator changes them. */
  async retrieveCurrentSettings() {
    const [settings] = await this.listCooperativeSettings({}, { take: 1 })
    return settings ?? { id: null, ...DEFAULT_COOPERATIVE_SETTINGS }
  }

  /** The time zone whose days every period of the cooperative is counted in. */
  async retrieveTimeZone(): Promise<string> {
    return (await this.retrieveCurrentSettings()).time_zone
  }

  /** Her role; staff without one moderate but change no settings. */
  async retrieveRoleOfUser(userId: string): Promise<StaffRoleName> {
    const [staffRole] = await this.listStaffRoles({ user_id: userId }, { take: 1 })
    return staffRole?.role ?? "reviewer"
  }
}

export default CooperativeModuleService
