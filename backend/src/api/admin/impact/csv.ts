import type {
  AdminImpactCurrency,
  AdminImpactGroup,
  AdminImpactMoney,
  ImpactExportTable,
  Locale,
  LocalizedText,
  ProducerStatus,
} from "@imece/types"
import { textCell } from "../../../utils/csv"
import type { ImpactReport } from "./aggregate"

/*
 * One table of the impact report as CSV (RFC 4180: commas, CRLF, quotes where needed), behind a
 * UTF-8 byte order mark so that Excel in Turkish or Persian shows ş, ğ, ı and Persian letters.
 * Amounts are decimals in the currency's main unit with a dot ("1234.50"), as a spreadsheet or a
 * statistics office reads them whatever its language. Pure, tested in csv.unit.spec.ts.
 */

export const IMPACT_EXPORT_TABLES = [
  "monthly",
  "cities",
  "crafts",
  "producers",
] as const satisfies readonly ImpactExportTable[]

/** The languages a table's header row can be written in. */
export const REPORT_LOCALES = ["tr", "fa", "en"] as const satisfies readonly Locale[]

const BYTE_ORDER_MARK = "\uFEFF"
const LINE_END = "\r\n"

type Column =
  | "month"
  | "city"
  | "craft"
  | "name"
  | "handle"
  | "status"
  | "joined"
  | "currency"
  | "producers"
  | "producers_with_sales"
  | "orders"
  | "gross"
  | "commission"
  | "net"
  | "average_order_value"

interface Words {
  columns: Record<Column, string>
  none: string
  status: Record<ProducerStatus, string>
}

/** The header row and the few words inside the table, in the reader's language. */
const WORDS: Record<Locale, Words> = {
  tr: {
    columns: {
      month: "Ay",
      city: "Şehir",
      craft: "Zanaat",
      name: "Üretici",
      handle: "Mağaza adresi",
      status: "Durum",
      joined: "Katılış tarihi",
      currency: "Para birimi",
      producers: "Üretici sayısı",
      producers_with_sales: "Satış yapan üretici",
      orders: "Sipariş",
      gross: "Brüt satış",
      commission: "Komisyon",
      net: "Üreticilerin kazancı",
      average_order_value: "Ortalama sipariş tutarı",
    },
    none: "(belirtilmemiş)",
    status: { pending: "Onay bekliyor", active: "Aktif", suspended: "Askıda" },
  },
  fa: {
    columns: {
      month: "ماه",
      city: "شهر",
      craft: "هنر",
      name: "تولیدکننده",
      handle: "نشانی فروشگاه",
      status: "وضعیت",
      joined: "تاریخ پیوستن",
      currency: "واحد پول",
      producers: "شمار تولیدکنندگان",
      producers_with_sales: "تولیدکنندگان دارای فروش",
      orders: "سفارش",
      gross: "فروش ناخالص",
      commission: "کارمزد",
      net: "درآمد تولیدکنندگان",
      average_order_value: "میانگین مبلغ سفارش",
    },
    none: "(نامشخص)",
    status: { pending: "در انتظار تأیید", active: "فعال", suspended: "معلق" },
  },
  en: {
    columns: {
      month: "Month",
      city: "City",
      craft: "Craft",
      name: "Producer",
      handle: "Shop handle",
      status: "Status",
      joined: "Joined",
      currency: "Currency",
      producers: "Producers",
      producers_with_sales: "Producers with sales",
      orders: "Orders",
      gross: "Gross sales",
      commission: "Commission",
      net: "Producers' earnings",
      average_order_value: "Average order value",
    },
    none: "(not given)",
    status: { pending: "Pending", active: "Active", suspended: "Suspended" },
  },
}

/** Minor units as a decimal in main units: 123450 at 2 digits is "1234.50". */
export function formatMinorUnits(minor: number, digits: number): string {
  const sign = minor < 0 ? "-" : ""
  const text = String(Math.abs(minor)).padStart(digits + 1, "0")
  return digits > 0 ? `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}` : `${sign}${text}`
}

/** The craft's name in the reader's language, else Turkish, English, or whatever she wrote. */
function craftName(craft: LocalizedText | null, locale: Locale): string | null {
  if (!craft) {
    return null
  }
  return (
    craft[locale] ??
    craft.tr ??
    craft.en ??
    Object.values(craft).find((text) => Boolean(text)) ??
    null
  )
}

type Cell = { text: string } | { number: number } | { money: number; digits: number }

function renderCell(cell: Cell): string {
  if ("text" in cell) {
    return textCell(cell.text)
  }
  if ("number" in cell) {
    return String(cell.number)
  }
  return formatMinorUnits(cell.money, cell.digits)
}

const toCsv = (header: string[], rows: Cell[][]) =>
  BYTE_ORDER_MARK +
  [header.map(textCell).join(","), ...rows.map((row) => row.map(renderCell).join(","))]
    .map((line) => line + LINE_END)
    .join("")

/** Orders and the amounts of one currency, as the last cells of a row. */
function moneyCells(money: AdminImpactMoney, digits: number, withAverage: boolean): Cell[] {
  return [
    { text: money.currency_code.toUpperCase() },
    { number: money.orders },
    { money: money.gross, digits },
    { money: money.commission, digits },
    { money: money.net, digits },
    ...(withAverage ? [{ money: money.average_order_value, digits }] : []),
  ]
}

const MONEY_COLUMNS: Column[] = ["currency", "orders", "gross", "commission", "net"]

/** One table of the report, ready to send. */
export function impactCsv(report: ImpactReport, table: ImpactExportTable, locale: Locale): string {
  const words = WORDS[locale]
  const header = (columns: Column[]) => columns.map((column) => words.columns[column])
  const digitsOf = new Map(
    report.impact.currencies.map((currency: AdminImpactCurrency) => [
      currency.code,
      currency.decimal_digits,
    ])
  )
  const digits = (code: string) => digitsOf.get(code) ?? 0
  const groupRows = <G extends AdminImpactGroup>(groups: G[], label: (group: G) => string | null) =>
    groups.flatMap((group) =>
      group.money.map((money): Cell[] => [
        { text: label(group) ?? words.none },
        { number: group.producers },
        { number: group.producers_with_sales },
        ...moneyCells(money, digits(money.currency_code), false),
      ])
    )

  switch (table) {
    case "monthly":
      return toCsv(
        header(["month", ...MONEY_COLUMNS, "average_order_value"]),
        report.impact.monthly.map((month) => [
          { text: month.month },
          ...moneyCells(month, digits(month.currency_code), true),
        ])
      )
    case "cities":
      return toCsv(
        header(["city", "producers", "producers_with_sales", ...MONEY_COLUMNS]),
        groupRows(report.impact.cities, (group) => group.city)
      )
    case "crafts":
      return toCsv(
        header(["craft", "producers", "producers_with_sales", ...MONEY_COLUMNS]),
        groupRows(report.impact.crafts, (group) => craftName(group.craft, locale))
      )
    case "producers":
      return toCsv(
        header(["name", "handle", "city", "craft", "status", "joined", ...MONEY_COLUMNS]),
        report.producerRows.map(({ producer, ...money }) => [
          { text: producer.name },
          { text: producer.handle },
          { text: producer.city ?? words.none },
          { text: craftName(producer.craft, locale) ?? words.none },
          { text: words.status[producer.status] },
          { text: producer.joined_at.slice(0, 10) },
          ...moneyCells(money, digits(money.currency_code), false),
        ])
      )
  }
}
