import type { ProducerStatus } from "@imece/types"
import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const STATUS_COLORS = {
  pending: "orange",
  active: "green",
  suspended: "red",
} as const satisfies Record<ProducerStatus, string>

export function ProducerStatusBadge({ status }: { status: ProducerStatus }) {
  const { t } = useTranslation(["admin", "common"])
  return <StatusBadge color={STATUS_COLORS[status]}>{t(`common:status.${status}`)}</StatusBadge>
}
