import { formatDate, type Locale } from "@imece/i18n"
import type { AdminProducerApplication } from "@imece/types"
import { clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"
import { TEXT_LINK_CLASSES } from "../../../../components/common/text-link"
import { ApplicationStatusBadge } from "../../application-status-badge"

interface ApplicationTableProps {
  applications: AdminProducerApplication[]
  locale: Locale
}

export function ApplicationTable({ applications, locale }: ApplicationTableProps) {
  const { t } = useTranslation()

  const columns: DataTableColumn<AdminProducerApplication>[] = [
    {
      key: "full_name",
      header: t("applications.fields.full_name"),
      cell: (application) => (
        <Link
          className={clx(TEXT_LINK_CLASSES, "font-medium")}
          to={`/applications/${application.id}`}
        >
          {application.full_name}
        </Link>
      ),
    },
    { key: "city", header: t("applications.fields.city"), cell: (application) => application.city },
    {
      key: "craft",
      header: t("applications.fields.craft"),
      cell: (application) => application.craft,
    },
    {
      key: "submitted_at",
      header: t("applications.submittedAt"),
      cell: (application) => formatDate(application.submitted_at, locale),
    },
    {
      key: "status",
      header: t("producers.columns.status"),
      cell: (application) => <ApplicationStatusBadge status={application.status} />,
    },
    {
      key: "assigned_to",
      header: t("applications.assignedColumn"),
      cell: (application) =>
        application.assigned_to ? t("applications.assigned") : t("applications.unassigned"),
      cellClassName: "text-ui-fg-subtle",
    },
  ]

  return (
    <DataTable
      rows={applications}
      columns={columns}
      rowTestId="application-row"
      label={t("applications.title")}
    />
  )
}
