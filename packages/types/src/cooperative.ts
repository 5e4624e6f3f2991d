import type { LocalizedText } from "./locale"

/**
 * What a staff member may do. A reviewer moderates applications and producers; an administrator
 * also changes the cooperative's settings, its reason templates and who is an administrator.
 */
export const STAFF_ROLES = ["reviewer", "administrator"] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export interface AdminStaffMember {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: StaffRole
}

export interface AdminStaffMemberResponse {
  staff_member: AdminStaffMember
}

export interface AdminStaffMemberListResponse {
  staff_members: AdminStaffMember[]
}

/** The two decisions that need a reason the applicant reads. */
export const REASON_TEMPLATE_KINDS = ["reject", "request_changes"] as const
export type ReasonTemplateKind = (typeof REASON_TEMPLATE_KINDS)[number]

/** A reason staff pick instead of typing it again; written in the applicants' languages. */
export interface AdminReasonTemplate {
  id: string
  kind: ReasonTemplateKind
  label: string
  message: LocalizedText
  created_at: string
  updated_at: string
}

export interface AdminReasonTemplateBody {
  kind: ReasonTemplateKind
  label: string
  message: LocalizedText
}

export interface AdminReasonTemplateResponse {
  reason_template: AdminReasonTemplate
}

export interface AdminReasonTemplateListResponse {
  reason_templates: AdminReasonTemplate[]
}

/** The cooperative's rules; administrators change them. */
export interface AdminCooperativeSettings {
  /** When on, new and materially changed products wait for staff before going on sale. */
  product_moderation: boolean
  /** The cooperative's share of each sale in basis points (250 = 2.5 %). */
  commission_bps: number
  /** Days after delivery before a producer's earning may be paid out (returns settle first). */
  earning_holding_days: number
  /**
   * The IANA time zone whose days and months every period is counted in (payouts, the impact
   * report, commission rules, vacations); "Europe/Istanbul" unless an administrator moves it.
   */
  time_zone: string
}

export interface AdminCooperativeSettingsResponse {
  cooperative_settings: AdminCooperativeSettings
}
