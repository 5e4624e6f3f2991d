import { formatDate, formatPrice, localeTag, type Locale } from "@imece/i18n"
import type { AdminPendingPayment } from "@imece/types"
import { Badge, Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"

const NONE = "–"
const DAY = 24 * 60 * 60 * 1000

/** "3 days ago", "yesterday", "today", in the reader's language. */
function age(createdAt: string, locale: Locale, now: Date): string {
  const days = Math.floor((now.getTime() - new Date(createdAt).getTime()) / DAY)
  return new Intl.RelativeTimeFormat(localeTag(locale), { numeric: "auto" }).format(-days, "day")
}

interface PendingPaymentTableProps {
  payments: AdminPendingPayment[]
  locale: Locale
  /** The payment being marked paid, if any. */
  markingId: string | null
  onMarkPaid: (payment: AdminPendingPayment) => void
  now?: Date
}

export function PendingPaymentTable({
  payments,
  locale,
  markingId,
  onMarkPaid,
  now = new Date(),
}: PendingPaymentTableProps) {
  const { t } = useTranslation(["admin", "common"])

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
      cell: (payment) => formatPrice(payment.amount, payment.currency_code, locale),
    },
    {
      key: "age",
      header: t("payments.columns.age"),
      cell: (payment) => (
        <span title={formatDate(payment.created_at, locale)}>
          {age(payment.created_at, locale, now)}
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
      cell: (payment) => (
        <Button
          size="small"
          variant="secondary"
          data-testid="mark-paid"
          isLoading={markingId === payment.id}
          onClick={() => onMarkPaid(payment)}
        >
          {t("payments.markPaid")}
        </Button>
      ),
    },
  ]

  return <DataTable rows={payments} columns={columns} rowTestId="pending-payment-row" />
}
