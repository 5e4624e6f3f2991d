import { formatDate, localized, type Locale } from "@imece/i18n"
import type { AdminProducer } from "@imece/types"
import { Avatar, Button, Table, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ProducerStatusBadge } from "./producer-status-badge"

/*
 * @medusajs/ui pads table cells with physical left/right and aligns headers left, which puts
 * the gaps on the wrong side in Persian. These classes replace them with logical ones: each
 * cell keeps a gap at its inline end, and the row indents its first and last cells.
 */
const ROW_CLASSES = clx(
  "[&_td:first-child]:p-0 [&_th:first-child]:p-0 [&_td:last-child]:p-0 [&_th:last-child]:p-0",
  "[&_td:first-child]:ps-6 [&_th:first-child]:ps-6 [&_td:first-child]:pe-6 [&_th:first-child]:pe-6",
  "[&_td:last-child]:pe-6 [&_th:last-child]:pe-6"
)
const CELL_CLASSES = "px-0 pe-6 text-start whitespace-nowrap"

/** What a missing craft or city shows, so an empty cell does not look like a rendering fault. */
const NONE = "–"

interface ProducerTableProps {
  producers: AdminProducer[]
  locale: Locale
  /** Staff asked to suspend an active producer or reactivate a suspended one. */
  onChangeStatus?: (producer: AdminProducer, action: "suspend" | "reactivate") => void
}

/** What staff can do from each status; a pending producer waits for her application. */
const ACTION_BY_STATUS = {
  pending: null,
  active: "suspend",
  suspended: "reactivate",
} as const satisfies Record<AdminProducer["status"], "suspend" | "reactivate" | null>

export function ProducerTable({ producers, locale, onChangeStatus }: ProducerTableProps) {
  const { t } = useTranslation(["admin", "common"])

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row className={ROW_CLASSES}>
            <Table.HeaderCell className={CELL_CLASSES}>
              <span className="sr-only">{t("producers.columns.avatar")}</span>
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("producers.columns.name")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("producers.columns.handle")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>{t("common:craft")}</Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>{t("common:city")}</Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("producers.columns.status")}
            </Table.HeaderCell>
            <Table.HeaderCell className={CELL_CLASSES}>
              {t("producers.columns.createdAt")}
            </Table.HeaderCell>
            {onChangeStatus && (
              <Table.HeaderCell className={CELL_CLASSES}>
                <span className="sr-only">{t("producers.actions.column")}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {producers.map((producer) => (
            <Table.Row key={producer.id} className={ROW_CLASSES} data-testid="producer-row">
              <Table.Cell className={CELL_CLASSES}>
                <Avatar
                  size="small"
                  src={producer.avatar_url ?? undefined}
                  // Array.from keeps a letter written with two UTF-16 units whole.
                  fallback={Array.from(producer.name)[0] ?? NONE}
                />
              </Table.Cell>
              <Table.Cell className={clx(CELL_CLASSES, "text-ui-fg-base font-medium")}>
                {producer.name}
              </Table.Cell>
              <Table.Cell className={CELL_CLASSES}>{producer.handle}</Table.Cell>
              <Table.Cell className={CELL_CLASSES}>
                {localized(producer.craft, locale) || NONE}
              </Table.Cell>
              <Table.Cell className={CELL_CLASSES}>{producer.city || NONE}</Table.Cell>
              <Table.Cell className={CELL_CLASSES}>
                <ProducerStatusBadge status={producer.status} />
              </Table.Cell>
              <Table.Cell className={CELL_CLASSES}>
                {formatDate(producer.created_at, locale)}
              </Table.Cell>
              {onChangeStatus && (
                <Table.Cell className={CELL_CLASSES}>
                  <StatusAction
                    action={ACTION_BY_STATUS[producer.status]}
                    onClick={(action) => onChangeStatus(producer, action)}
                  />
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

function StatusAction({
  action,
  onClick,
}: {
  action: "suspend" | "reactivate" | null
  onClick: (action: "suspend" | "reactivate") => void
}) {
  const { t } = useTranslation()
  if (!action) {
    return null
  }
  return (
    <Button
      size="small"
      variant={action === "suspend" ? "danger" : "secondary"}
      data-testid={`producer-${action}`}
      onClick={() => onClick(action)}
    >
      {t(`producers.actions.${action}`)}
    </Button>
  )
}
