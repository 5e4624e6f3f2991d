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

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status]} data-testid="application-status">
      {t(`applications.status.${status}`)}
    </StatusBadge>
  )
}
