import { directionOf, formatNumber, type Locale } from "@imece/i18n"
import type { AdminImpactCurrency, AdminImpactMonth } from "@imece/types"
import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"
import { formatCompact, formatMoney, formatMonth, toMainUnits } from "../../impact-format"

/** Distinct in light and dark themes, and apart for the common forms of colour blindness. */
const COLORS = { gross: "#2563eb", commission: "#d97706", net: "#059669", orders: "#7c3aed" }
const CHART_HEIGHT = 260

type MonthRow = AdminImpactMonth & { id: string }

interface MonthlyChartsProps {
  currency: AdminImpactCurrency
  /** This currency's months, in order. */
  months: AdminImpactMonth[]
  locale: Locale
}

interface ChartFrameProps {
  label: string
  testId: string
  children: ReactNode
}

/**
 * A chart named for screen readers, which read the table under it instead. Its width follows the
 * page, so it fits a phone; with no width to measure (a test) it draws nothing.
 */
function ChartFrame({ label, testId, children }: ChartFrameProps) {
  return (
    <figure className="px-2 py-4 sm:px-6" role="img" aria-label={label} data-testid={testId}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        {children}
      </ResponsiveContainer>
    </figure>
  )
}

/**
 * Income per month (gross, commission, net) and orders per month in one currency, each chart
 * followed by the same numbers as a table. Right to left, the months run from the right.
 */
export function MonthlyCharts({ currency, months, locale }: MonthlyChartsProps) {
  const { t } = useTranslation(["admin", "common"])
  const rtl = directionOf(locale) === "rtl"
  const money = (minor: number) => formatMoney(minor, currency, locale)
  const code = currency.code.toUpperCase()
  const points = months.map((month) => ({
    label: formatMonth(month.month, locale),
    gross: toMainUnits(month.gross, currency),
    commission: toMainUnits(month.commission, currency),
    net: toMainUnits(month.net, currency),
    orders: month.orders,
  }))
  const rows: MonthRow[] = months.map((month) => ({ ...month, id: month.month }))
  const names = {
    gross: t("impact.columns.gross"),
    commission: t("impact.columns.commission"),
    net: t("impact.columns.net"),
    orders: t("impact.columns.orders"),
  }
  const xAxis = <XAxis dataKey="label" reversed={rtl} tick={{ fontSize: 12 }} />
  const tooltipStyle = {
    backgroundColor: "var(--bg-base)",
    borderColor: "var(--border-base)",
    color: "var(--fg-base)",
    fontSize: 12,
  }
  const monthColumn: DataTableColumn<MonthRow> = {
    key: "month",
    header: t("impact.columns.month"),
    cell: (row) => formatMonth(row.month, locale),
    cellClassName: "text-ui-fg-base font-medium",
  }
  const incomeColumns: DataTableColumn<MonthRow>[] = [
    monthColumn,
    { key: "gross", header: names.gross, cell: (row) => money(row.gross) },
    { key: "commission", header: names.commission, cell: (row) => money(row.commission) },
    { key: "net", header: names.net, cell: (row) => money(row.net) },
  ]
  const orderColumns: DataTableColumn<MonthRow>[] = [
    monthColumn,
    { key: "orders", header: names.orders, cell: (row) => formatNumber(row.orders, locale) },
    {
      key: "average",
      header: t("impact.columns.averageOrder"),
      cell: (row) => money(row.average_order_value),
    },
  ]

  return (
    <div className="divide-y" data-testid={`impact-monthly-${currency.code}`}>
      <div>
        <div className="px-6 pt-4">
          <Text weight="plus">{`${t("impact.income.title")} · ${code}`}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("impact.income.subtitle")}
          </Text>
        </div>
        <ChartFrame
          label={t("impact.income.chart", { currency: code })}
          testId="impact-income-chart"
        >
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {xAxis}
            <YAxis
              orientation={rtl ? "right" : "left"}
              width={64}
              tick={{ fontSize: 12 }}
              tickFormatter={(value: number) => formatCompact(value, locale)}
            />
            <Tooltip
              contentStyle={tooltipStyle}
              formatter={(value) =>
                typeof value === "number"
                  ? formatMoney(Math.round(value * 10 ** currency.decimal_digits), currency, locale)
                  : value
              }
            />
            <Legend />
            <Bar dataKey="gross" name={names.gross} fill={COLORS.gross} />
            <Bar dataKey="commission" name={names.commission} fill={COLORS.commission} />
            <Bar dataKey="net" name={names.net} fill={COLORS.net} />
          </BarChart>
        </ChartFrame>
        <DataTable
          rows={rows}
          columns={incomeColumns}
          rowTestId="impact-income-row"
          label={`${t("impact.income.title")} · ${code}`}
        />
      </div>
      <div>
        <div className="px-6 pt-4">
          <Text weight="plus">{`${t("impact.orders.title")} · ${code}`}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("impact.orders.subtitle")}
          </Text>
        </div>
        <ChartFrame
          label={t("impact.orders.chart", { currency: code })}
          testId="impact-orders-chart"
        >
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {xAxis}
            <YAxis
              orientation={rtl ? "right" : "left"}
              width={40}
              allowDecimals={false}
              tick={{ fontSize: 12 }}
              tickFormatter={(value: number) => formatNumber(value, locale)}
            />
            <Tooltip
              contentStyle={tooltipStyle}
              formatter={(value) =>
                typeof value === "number" ? formatNumber(value, locale) : value
              }
            />
            <Bar dataKey="orders" name={names.orders} fill={COLORS.orders} />
          </BarChart>
        </ChartFrame>
        <DataTable
          rows={rows}
          columns={orderColumns}
          rowTestId="impact-orders-row"
          label={`${t("impact.orders.title")} · ${code}`}
        />
      </div>
    </div>
  )
}
