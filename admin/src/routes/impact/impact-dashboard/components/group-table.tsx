import { formatNumber, type Locale } from "@imece/i18n"
import type { AdminImpactCurrency, AdminImpactGroup, AdminImpactMoney } from "@imece/types"
import { useTranslation } from "react-i18next"
import { DataTable, type DataTableColumn } from "../../../../components/common/data-table"
import { formatMoney, hasOrdersOrIncome } from "../../impact-format"

type GroupRow<Group> = Group & { id: string; name: string | null }

interface GroupTableProps<Group extends AdminImpactGroup> {
  groups: Group[]
  /** The group's name in the reader's language; null when its producers gave none. */
  nameOf: (group: Group) => string | null
  nameHeader: string
  currencies: AdminImpactCurrency[]
  locale: Locale
  rowTestId: string
  /** Names the table for screen readers: the section it sits in. */
  label: string
}

/**
 * The amounts of a row in each currency it sold or earned in, one under the other (most
 * cooperatives sell in one); a row with neither shows zero in the first.
 */
export function moneyCell(
  money: AdminImpactMoney[],
  pick: (money: AdminImpactMoney) => number,
  currencies: AdminImpactCurrency[],
  locale: Locale
) {
  const sold = money.filter(hasOrdersOrIncome)
  const shown = sold.length ? sold : money.slice(0, 1)
  return (
    <div className="flex flex-col">
      {shown.flatMap((entry) => {
        const currency = currencies.find((candidate) => candidate.code === entry.currency_code)
        return currency
          ? [<span key={entry.currency_code}>{formatMoney(pick(entry), currency, locale)}</span>]
          : []
      })}
    </div>
  )
}

/** Producers of each city (or craft), how many sold, their orders and what they earned. */
export function GroupTable<Group extends AdminImpactGroup>({
  groups,
  nameOf,
  nameHeader,
  currencies,
  locale,
  rowTestId,
  label,
}: GroupTableProps<Group>) {
  const { t } = useTranslation(["admin", "common"])
  const rows: GroupRow<Group>[] = groups.map((group) => ({
    ...group,
    id: group.key || "none",
    name: nameOf(group),
  }))
  const columns: DataTableColumn<GroupRow<Group>>[] = [
    {
      key: "name",
      header: nameHeader,
      cell: (row) => row.name ?? <span className="text-ui-fg-muted">{t("impact.notGiven")}</span>,
      cellClassName: "text-ui-fg-base font-medium",
    },
    {
      key: "producers",
      header: t("impact.columns.producers"),
      cell: (row) => formatNumber(row.producers, locale),
    },
    {
      key: "with-sales",
      header: t("impact.columns.producersWithSales"),
      cell: (row) => formatNumber(row.producers_with_sales, locale),
    },
    {
      key: "orders",
      header: t("impact.columns.orders"),
      cell: (row) => formatNumber(row.orders, locale),
    },
    {
      key: "gross",
      header: t("impact.columns.gross"),
      cell: (row) => moneyCell(row.money, (money) => money.gross, currencies, locale),
    },
    {
      key: "net",
      header: t("impact.columns.net"),
      cell: (row) => moneyCell(row.money, (money) => money.net, currencies, locale),
    },
  ]
  return <DataTable rows={rows} columns={columns} rowTestId={rowTestId} label={label} />
}
