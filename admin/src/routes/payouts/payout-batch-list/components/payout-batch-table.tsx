import { formatDate, formatNumber, type Locale } from "@imece/i18n"
import type { AdminPayoutBatch, PayoutBatchStatus } from "@imece/types"
import { Badge, Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"
import { formatTotals, producerCount } from "../../payout-period"
import { formatCooperativeDay } from "../../../../i18n/cooperative-days"

const STATUS_COLORS: Record<PayoutBatchStatus, "blue" | "green" | "grey"> = {
  confirmed: "blue",
  paid: "green",
  canceled: "grey",
}

interface PayoutBatchTableProps {
  batches: AdminPayoutBatch[]
  locale: Locale
  /** The cooperative's time zone, whose days the periods are. */
  timeZone: string
  /** Marking paid and canceling are for administrators. */
  canSettle: boolean
  /** The batch whose CSV is being fetched, if any. */
  downloadingId: string | null
  onDownload: (batch: AdminPayoutBatch) => void
  onMarkPaid: (batch: AdminPayoutBatch) => void
  onCancel: (batch: AdminPayoutBatch) => void
}

export function PayoutBatchTable({
  batches,
  locale,
  timeZone,
  canSettle,
  downloadingId,
  onDownload,
  onMarkPaid,
  onCancel,
}: PayoutBatchTableProps) {
  const { t } = useTranslation(["admin", "common"])
  const columns: DataTableColumn<AdminPayoutBatch>[] = [
    {
      key: "reference",
      header: t("payouts.batches.columns.reference"),
      // The reference is written on every transfer: one left-to-right run.
      cell: (batch) => (
        <span dir="ltr" className="font-mono" data-testid="payout-batch-reference">
          {batch.reference}
        </span>
      ),
      cellClassName: "text-ui-fg-base",
    },
    {
      key: "period",
      header: t("payouts.batches.columns.period"),
      cell: (batch) =>
        t("payouts.batches.periodRange", {
          start: formatCooperativeDay(batch.period_start, locale, timeZone),
          end: formatCooperativeDay(batch.period_end, locale, timeZone),
        }),
    },
    {
      key: "status",
      header: t("payouts.batches.columns.status"),
      cell: (batch) => (
        <span className="flex items-center gap-x-2">
          <Badge
            size="2xsmall"
            color={STATUS_COLORS[batch.status]}
            data-testid="payout-batch-status"
          >
            {t(`payouts.batches.status.${batch.status}`)}
          </Badge>
          {batch.paid_at && formatDate(batch.paid_at, locale)}
        </span>
      ),
    },
    {
      key: "total",
      header: t("payouts.batches.columns.total"),
      cell: (batch) => formatTotals(batch.totals, locale),
    },
    {
      key: "producers",
      header: t("payouts.batches.columns.producers"),
      cell: (batch) => formatNumber(producerCount(batch.payouts), locale),
    },
    {
      key: "actions",
      header: <span className="sr-only">{t("payouts.batches.columns.actions")}</span>,
      pinned: true,
      // The buttons go onto a second line rather than out of sight on a narrower screen.
      cellClassName: "whitespace-normal py-2",
      cell: (batch) => (
        <div className="flex flex-wrap gap-2">
          {batch.status !== "canceled" && (
            <Button
              size="small"
              variant="secondary"
              data-testid="payout-batch-download"
              isLoading={downloadingId === batch.id}
              onClick={() => onDownload(batch)}
            >
              {t("payouts.batches.download")}
            </Button>
          )}
          {canSettle && batch.status === "confirmed" && (
            <>
              <Button
                size="small"
                variant="secondary"
                data-testid="payout-batch-mark-paid"
                onClick={() => onMarkPaid(batch)}
              >
                {t("payouts.batches.markPaid")}
              </Button>
              <Button
                size="small"
                variant="danger"
                data-testid="payout-batch-cancel"
                onClick={() => onCancel(batch)}
              >
                {t("payouts.batches.cancel")}
              </Button>
            </>
          )}
        </div>
      ),
    },
  ]
  return (
    <DataTable
      rows={batches}
      columns={columns}
      rowTestId="payout-batch-row"
      label={t("payouts.batches.title")}
    />
  )
}
