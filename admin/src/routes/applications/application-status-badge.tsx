import type { ApplicationStatus } from "@imece/types"
import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const STATUS_COLORS = {
  submitted: "orange",
  in_review: "blue",
  changes_requested: "purple",
  approved: "green",
  rejected: "red",
} as const satisfies Record<ApplicationStatus, string>

interface ApplicationStatusBadgeProps {
  status: ApplicationStatus
  /** Only the application's own page sets one; in the inbox each row has its own badge. */
  testId?: string
}

export function ApplicationStatusBadge({ status, testId }: ApplicationStatusBadgeProps) {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status]} data-testid={testId}>
      {t(`applications.status.${status}`)}
    </StatusBadge>
  )
}
