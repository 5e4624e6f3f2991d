import { formatMinorPrice, type Locale } from "@imece/i18n"
import type { AdminPayoutLine } from "@imece/types"
import { useTranslation } from "react-i18next"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"

type Row = AdminPayoutLine & { id: string }

/** Producers and what each is paid; the IBAN only masked, the whole one is in the CSV alone. */
export function PayoutLinesTable({
  lines,
  locale,
  rowTestId,
  label,
}: {
  lines: AdminPayoutLine[]
  locale: Locale
  rowTestId: string
  label: string
}) {
  const { t } = useTranslation(["admin", "common"])
  const rows: Row[] = lines.map((line) => ({
    ...line,
    id: `${line.producer_id}:${line.currency_code}`,
  }))
  const columns: DataTableColumn<Row>[] = [
    {
      key: "producer",
      header: t("payouts.proposal.producer"),
      cell: (line) => line.producer_name || line.producer_id,
      cellClassName: "text-ui-fg-base font-medium",
    },
    {
      key: "iban",
      header: t("payouts.proposal.iban"),
      // An IBAN reads left to right in every language.
      cell: (line) => (
        <span dir="ltr" className="font-mono">
          {line.iban_masked ?? "–"}
        </span>
      ),
    },
    {
      key: "amount",
      header: t("payouts.proposal.amount"),
      cell: (line) => formatMinorPrice(line.amount, line.currency_code, locale),
    },
  ]
  return <DataTable rows={rows} columns={columns} rowTestId={rowTestId} label={label} />
}
