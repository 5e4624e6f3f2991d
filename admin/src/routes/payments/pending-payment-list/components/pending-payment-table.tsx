import { formatDate, formatPrice, localeTag, type Locale } from "@imece/i18n"
import type { AdminPendingPayment } from "@imece/types"
import { Badge, Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"

const NONE = "–"

/** "3 days ago", "yesterday", "today", in the reader's language. */
function age(days: number, locale: Locale): string {
  return new Intl.RelativeTimeFormat(localeTag(locale), { numeric: "auto" }).format(-days, "day")
}

interface PendingPaymentTableProps {
  payments: AdminPendingPayment[]
  locale: Locale
  /** The payment whose receipt is being recorded, if any. */
  recordingId: string | null
  onRecord: (payment: AdminPendingPayment) => void
}

export function PendingPaymentTable({
  payments,
  locale,
  recordingId,
  onRecord,
}: PendingPaymentTableProps) {
  const { t } = useTranslation(["admin", "common"])
  const price = (payment: AdminPendingPayment, amount: number) =>
    formatPrice(amount, payment.currency_code, locale)

  const columns: DataTableColumn<AdminPendingPayment>[] = [
    {
      key: "order",
      header: t("payments.columns.order"),
      cell: (payment) =>
        payment.order ? t("payments.orderNumber", { number: payment.order.display_id }) : NONE,
      cellClassName: "text-ui-fg-base font-medium",
    },
    {
      key: "method",
      header: t("payments.columns.method"),
      cell: (payment) => (
        <Badge size="2xsmall" color={payment.method === "bank_transfer" ? "blue" : "orange"}>
          {t(`payments.methods.${payment.method}`)}
        </Badge>
      ),
    },
    {
      key: "reference",
      header: t("payments.columns.reference"),
      // The reference is copied from a bank statement: keep it in one left-to-right run.
      cell: (payment) =>
        payment.reference ? (
          <span dir="ltr" className="font-mono" data-testid="pending-payment-reference">
            {payment.reference}
          </span>
        ) : (
          NONE
        ),
    },
    {
      key: "amount",
      header: t("payments.columns.amount"),
      cell: (payment) => price(payment, payment.amount),
    },
    {
      key: "received",
      header: t("payments.columns.received"),
      cell: (payment) =>
        payment.receipts.length === 0 ? (
          <span className="text-ui-fg-muted">{t("payments.nothingReceived")}</span>
        ) : (
          <span className="flex flex-wrap items-center gap-1">
            <span data-testid="pending-payment-received">
              {price(payment, payment.amount_received)}
            </span>
            {payment.flag && (
              <Badge
                size="2xsmall"
                color={payment.flag === "short" ? "orange" : "red"}
                data-testid="pending-payment-flag"
              >
                {t(`payments.flags.${payment.flag}`, {
                  amount: price(payment, Math.abs(payment.difference)),
                })}
              </Badge>
            )}
          </span>
        ),
    },
    {
      key: "age",
      header: t("payments.columns.age"),
      cell: (payment) => (
        <span title={formatDate(payment.created_at, locale)} data-testid="pending-payment-age">
          {age(payment.age_days, locale)}
        </span>
      ),
    },
    {
      key: "shopper",
      header: t("payments.columns.shopper"),
      cell: (payment) =>
        [payment.order?.customer_name, payment.order?.email].filter(Boolean).join(" · ") || NONE,
    },
    {
      key: "action",
      header: <span className="sr-only">{t("payments.columns.action")}</span>,
      pinned: true,
      cell: (payment) => (
        <Button
          size="small"
          variant="secondary"
          data-testid="mark-paid"
          isLoading={recordingId === payment.id}
          onClick={() => onRecord(payment)}
        >
          {t("payments.markPaid")}
        </Button>
      ),
    },
  ]

  return (
    <DataTable
      rows={payments}
      columns={columns}
      rowTestId="pending-payment-row"
      label={t("payments.title")}
    />
  )
}
