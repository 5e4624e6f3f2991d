import { formatNumber, localized, type Locale } from "@imece/i18n"
import type {
  AdminImpactCurrency,
  AdminImpactProducer,
  AdminImpactProducerRow,
  AdminImpactStrugglingProducer,
} from "@imece/types"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"
import { formatDay, formatMoney } from "../../impact-format"

const NONE = "–"

/** Her name, and where she works from under it. */
function ProducerCell({ producer }: { producer: AdminImpactProducer }) {
  return (
    <div className="flex flex-col">
      <span className="text-ui-fg-base font-medium">{producer.name}</span>
      {producer.city && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {producer.city}
        </Text>
      )}
    </div>
  )
}

type TopRow = AdminImpactProducerRow & { id: string }

interface TopProducersTableProps {
  rows: AdminImpactProducerRow[]
  currencies: AdminImpactCurrency[]
  locale: Locale
}

/** The producers who earned most in the period, in each currency. */
export function TopProducersTable({ rows, currencies, locale }: TopProducersTableProps) {
  const { t } = useTranslation(["admin", "common"])
  const money = (minor: number, code: string) => {
    const currency = currencies.find((candidate) => candidate.code === code)
    return currency ? formatMoney(minor, currency, locale) : NONE
  }
  const columns: DataTableColumn<TopRow>[] = [
    {
      key: "producer",
      header: t("impact.columns.producer"),
      cell: (row) => <ProducerCell producer={row.producer} />,
    },
    {
      key: "craft",
      header: t("impact.columns.craft"),
      cell: (row) => localized(row.producer.craft, locale) || NONE,
    },
    {
      key: "orders",
      header: t("impact.columns.orders"),
      cell: (row) => formatNumber(row.orders, locale),
    },
    {
      key: "gross",
      header: t("impact.columns.gross"),
      cell: (row) => money(row.gross, row.currency_code),
    },
    {
      key: "net",
      header: t("impact.columns.net"),
      cell: (row) => money(row.net, row.currency_code),
      cellClassName: "text-ui-fg-base font-medium",
    },
  ]
  return (
    <DataTable
      rows={rows.map((row) => ({ ...row, id: `${row.producer.id}-${row.currency_code}` }))}
      columns={columns}
      rowTestId="impact-top-producer-row"
      label={t("impact.top.title")}
    />
  )
}

type StrugglingRow = AdminImpactStrugglingProducer & { id: string }

interface StrugglingProducersTableProps {
  rows: AdminImpactStrugglingProducer[]
  locale: Locale
}

/** Open shops without a sale lately, so staff can call and help. */
export function StrugglingProducersTable({ rows, locale }: StrugglingProducersTableProps) {
  const { t } = useTranslation(["admin", "common"])
  const columns: DataTableColumn<StrugglingRow>[] = [
    {
      key: "producer",
      header: t("impact.columns.producer"),
      cell: (row) => <ProducerCell producer={row.producer} />,
    },
    {
      key: "craft",
      header: t("impact.columns.craft"),
      cell: (row) => localized(row.producer.craft, locale) || NONE,
    },
    {
      key: "joined",
      header: t("impact.columns.joined"),
      cell: (row) => formatDay(row.producer.joined_at, locale),
    },
    {
      key: "last-sale",
      header: t("impact.columns.lastSale"),
      cell: (row) =>
        row.last_sale_at ? (
          formatDay(row.last_sale_at, locale)
        ) : (
          <span className="text-ui-fg-subtle" data-testid="impact-never-sold">
            {t("impact.struggling.never")}
          </span>
        ),
    },
    {
      key: "days",
      header: t("impact.columns.daysSince"),
      cell: (row) =>
        row.days_since_last_sale === null ? NONE : formatNumber(row.days_since_last_sale, locale),
    },
  ]
  return (
    <DataTable
      rows={rows.map((row) => ({ ...row, id: row.producer.id }))}
      columns={columns}
      rowTestId="impact-struggling-row"
      label={t("impact.struggling.title")}
    />
  )
}
