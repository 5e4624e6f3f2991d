import { formatDate, localized, type Locale } from "@imece/i18n"
import type { AdminProducer } from "@imece/types"
import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"
import { ProducerAvatar } from "./producer-avatar"
import { ProducerStatusBadge } from "./producer-status-badge"

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

  const columns: DataTableColumn<AdminProducer>[] = [
    {
      key: "avatar",
      header: <span className="sr-only">{t("producers.columns.avatar")}</span>,
      cell: (producer) => <ProducerAvatar name={producer.name} src={producer.avatar_url} />,
    },
    {
      key: "name",
      header: t("producers.columns.name"),
      cell: (producer) => producer.name,
      cellClassName: "text-ui-fg-base font-medium",
    },
    { key: "handle", header: t("producers.columns.handle"), cell: (producer) => producer.handle },
    {
      key: "craft",
      header: t("common:craft"),
      cell: (producer) => localized(producer.craft, locale) || NONE,
    },
    { key: "city", header: t("common:city"), cell: (producer) => producer.city || NONE },
    {
      key: "status",
      header: t("producers.columns.status"),
      cell: (producer) => <ProducerStatusBadge status={producer.status} />,
    },
    {
      key: "iban",
      header: t("producers.columns.iban"),
      // Staff get only its country code and last four digits; the whole number stays hers.
      cell: (producer) =>
        producer.iban_masked ? (
          <span
            dir="ltr"
            className="whitespace-nowrap font-mono"
            title={t("producers.ibanMasked")}
            data-testid="producer-iban"
          >
            {producer.iban_masked}
          </span>
        ) : (
          <span className="text-ui-fg-muted" data-testid="producer-no-iban">
            {t("producers.noIban")}
          </span>
        ),
    },
    {
      key: "created_at",
      header: t("producers.columns.createdAt"),
      cell: (producer) => formatDate(producer.created_at, locale),
    },
  ]
  if (onChangeStatus) {
    columns.push({
      key: "action",
      header: <span className="sr-only">{t("producers.actions.column")}</span>,
      pinned: true,
      cell: (producer) => (
        <StatusAction
          action={ACTION_BY_STATUS[producer.status]}
          onClick={(action) => onChangeStatus(producer, action)}
        />
      ),
    })
  }

  return (
    <DataTable
      rows={producers}
      columns={columns}
      rowTestId="producer-row"
      label={t("common:producers")}
    />
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
