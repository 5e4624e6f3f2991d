import type { Locale } from "./locale"

export const APPLICATION_STATUSES = [
  "submitted",
  "in_review",
  "changes_requested",
  "approved",
  "rejected",
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/** What she answers when she applies to sell. */
export interface ProducerApplicationAnswers {
  full_name: string
  email: string
  phone: string
  city: string
  district?: string | null
  craft: string
  story: string
  course?: string | null
  locale: Locale
}

export interface StoreCreateProducerApplicationBody extends ProducerApplicationAnswers {
  consent: true
  /** Ids from the photo upload route. */
  photo_ids?: string[]
}

/** What an applicant sees of her own application. */
export interface StoreProducerApplication {
  id: string
  reference: string
  full_name: string
  status: ApplicationStatus
  staff_message: string | null
  submitted_at: string
  locale: Locale
}

export interface ApplicationEvent {
  id: string
  action: "submit" | "assign" | "request_changes" | "resubmit" | "approve" | "reject"
  from_status: ApplicationStatus | null
  to_status: ApplicationStatus
  actor_type: "applicant" | "staff"
  actor_id: string | null
  message: string | null
  created_at: string
}

export interface AdminProducerApplication extends ProducerApplicationAnswers {
  id: string
  reference: string
  status: ApplicationStatus
  assigned_to: string | null
  staff_message: string | null
  consented_at: string
  submitted_at: string
  created_at: string
  updated_at: string
  photo_urls: string[] | null
  events?: ApplicationEvent[]
  producer?: { id: string; handle: string; status: string } | null
}

export interface AdminProducerApplicationListResponse {
  applications: AdminProducerApplication[]
  count: number
  offset: number
  limit: number
  counts: Record<ApplicationStatus, number>
}
