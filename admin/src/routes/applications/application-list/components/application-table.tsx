import { formatDate, type Locale } from "@imece/i18n"
import type { AdminProducerApplication } from "@imece/types"
import { Table, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ApplicationStatusBadge } from "../../application-status-badge"

/*
 * As in the producers table: @medusajs/ui pads cells with physical left/right, so these logical
 * paddings keep the gaps on the right side in Persian too.
 */
const ROW_CLASSES = clx(
  "[&_td:first-child]:p-0 [&_th:first-child]:p-0 [&_td:last-child]:p-0 [&_th:last-child]:p-0",
  "[&_td:first-child]:ps-6 [&_th:first-child]:ps-6 [&_td:first-child]:pe-6 [&_th:first-child]:pe-6",
  "[&_td:last-child]:pe-6 [&_th:last-child]:pe-6"
)
const CELL_CLASSES = "px-0 pe-6 text-start whitespace-nowrap"

interface ApplicationTableProps {
  applications: AdminProducerApplication[]
  locale: Locale
}

export function ApplicationTable({ applications, locale }: ApplicationTableProps) {
  const { t } = useTranslation()

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row className={ROW_CLASSES}>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("applications.fields.full_name")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("applications.fields.city")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("applications.fields.craft")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("applications.submittedAt")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("producers.columns.status")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("applications.assignedColumn")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {applications.map((application) => (
            <Table.Row key={application.id} className={ROW_CLASSES} data-testid="application-row">
              <Table.Cell className={CELL_CLASSES}>
                <Link
                  className="text-ui-fg-interactive font-medium"
                  to={`/applications/${application.id}`}
                >
                  {application.full_name}
                </Link>
              </Table.Cell>
              <Table.Cell className={CELL_CLASSES}>{application.city}</Table.Cell>
              <Table.Cell className={CELL_CLASSES}>{application.craft}</Table.Cell>
              <Table.Cell className={CELL_CLASSES}>
                {formatDate(application.submitted_at, locale)}
              </Table.Cell>
              <Table.Cell className={CELL_CLASSES}>
                <ApplicationStatusBadge status={application.status} />
              </Table.Cell>
              <Table.Cell className={clx(CELL_CLASSES, "text-ui-fg-subtle")}>
                {application.assigned_to
                  ? t("applications.assigned")
                  : t("applications.unassigned")}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
