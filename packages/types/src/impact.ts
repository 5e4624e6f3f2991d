import type { Locale, LocalizedText } from "./locale"
import type { ProducerStatus } from "./producer"

/**
 * What the programme achieves over a period, as `GET /admin/impact` answers it for staff (and the
 * municipality they report to). Dates are UTC calendar days, months UTC calendar months.
 *
 * Money is in integer minor units of its `currency_code` (kuruş, cents; rials have none): divide
 * by `10 ** decimal_digits` of the currency in `currencies` to show it.
 *
 * Two things are counted, each in its own month. A sale (orders, average order value, the
 * funnel, who sold lately) is a producer's part of a shopper's order that is not canceled, dated
 * when the order was placed. Income (gross, commission, net) is the producers' ledger: an
 * earning booked when her part is delivered, less a reversal booked when a delivered line is
 * refunded, dated when booked; payouts are not income. So an order placed in March and delivered
 * in April counts as an order in March and as income in April, and the income of a period equals
 * `GET /admin/producer-ledger/totals` for the same days.
 */
export interface AdminImpact {
  period: AdminImpactPeriod
  /**
   * The currencies reported: those sold or earned in, the most orders first, and the store's
   * default even without a sale. Group rows' `money` follow this order.
   */
  currencies: AdminImpactCurrency[]
  funnel: AdminImpactFunnel
  /** Producers of the programme as the period ends. */
  producers: AdminImpactProducerCounts
  /** The whole period, one entry per currency; equals the sum of `monthly`. */
  totals: AdminImpactMoney[]
  /** Every calendar month of the period for every currency, empty months as zeros. */
  monthly: AdminImpactMonth[]
  cities: AdminImpactCity[]
  crafts: AdminImpactCraft[]
  /** For each currency, the ten producers who earned most (net) in the period. */
  top_producers: AdminImpactProducerRow[]
  /** Active producers with no sale in the 60 days before the period ends: staff can help. */
  struggling_producers: AdminImpactStrugglingProducer[]
}

export interface AdminImpactPeriod {
  /** YYYY-MM-DD, both days included. */
  from: string
  to: string
  /** YYYY-MM, from the month of `from` to the month of `to`. */
  months: string[]
  /**
   * The moment "the last 30 / 60 days" are counted back from: the end of `to`, or now when `to`
   * is today or later. ISO 8601.
   */
  as_of: string
}

export interface AdminImpactCurrency {
  /** Lower case, as Medusa keeps it ("try"). */
  code: string
  /** How many minor units make the main unit: 2 for lira (100 kuruş), 0 for rials. */
  decimal_digits: number
}

/**
 * The applicants of the period, followed to a shop that sells. Each step counts among the one
 * before it, as things stood at `as_of`.
 */
export interface AdminImpactFunnel {
  /** Applications first sent in the period (resubmissions are the same application). */
  applications_submitted: number
  /** …of which approved, their shop opened. */
  approved: number
  /** …whose shop has made a sale. */
  first_sale: number
  /** …with a sale in the 30 days before `as_of`. */
  active_last_30_days: number
  /** Median days from approval to the first sale among those who sold; null when none has. */
  median_days_to_first_sale: number | null
}

export interface AdminImpactProducerCounts {
  /** Producers whose shop is open (status active) and joined before the period ended. */
  active: number
  /** Producers who made a sale in the period. */
  with_sales: number
  /** Producers with a sale in the 30 days before `as_of`. */
  active_last_30_days: number
}

/** Orders placed and income booked in one currency; amounts in minor units. */
export interface AdminImpactMoney {
  currency_code: string
  /** Distinct shopper orders placed (one order with two producers counts once). */
  orders: number
  /**
   * Income from delivered lines less refunds (shipping not included): Σ (amount + commission)
   * of the ledger's earnings and reversals. Negative in a month whose refunds outweigh its
   * deliveries.
   */
  gross: number
  /** The cooperative's share: Σ commission of the same entries (each line's rate, half up). */
  commission: number
  /** What the producers earned: Σ amount of the same entries; gross − commission. */
  net: number
  /**
   * What shoppers paid for the producers' items of the orders placed ÷ `orders`, rounded half
   * up; 0 without orders. Counted on orders placed, not on the ledger.
   */
  average_order_value: number
}

export interface AdminImpactMonth extends AdminImpactMoney {
  /** YYYY-MM. */
  month: string
}

/** One group of producers (a city, a craft) over the period. */
export interface AdminImpactGroup {
  /** The group's key, written the way most of its producers write it, lower-cased; "" for none. */
  key: string
  /** Active producers of the group, and any who sold or earned in the period. */
  producers: number
  producers_with_sales: number
  /** Distinct shopper orders with a part from the group's producers. */
  orders: number
  /** One entry per reported currency, zeros included. */
  money: AdminImpactMoney[]
}

export interface AdminImpactCity extends AdminImpactGroup {
  /** As most of its producers write it; null for producers who gave none. */
  city: string | null
}

export interface AdminImpactCraft extends AdminImpactGroup {
  /** In the languages its producers wrote it; null for producers who gave none. */
  craft: LocalizedText | null
}

export interface AdminImpactProducer {
  id: string
  name: string
  handle: string
  city: string | null
  craft: LocalizedText | null
  status: ProducerStatus
  /** When her shop opened. ISO 8601. */
  joined_at: string
}

/** A producer's orders and income in the period in one currency. */
export interface AdminImpactProducerRow extends AdminImpactMoney {
  producer: AdminImpactProducer
}

export interface AdminImpactStrugglingProducer {
  producer: AdminImpactProducer
  /** Her last sale before `as_of`, ISO 8601; null when she has never sold. */
  last_sale_at: string | null
  /** Whole days from her last sale to `as_of`; null when she has never sold. */
  days_since_last_sale: number | null
}

export interface AdminImpactResponse {
  impact: AdminImpact
}

/** Both or neither: without them, the last 12 calendar months up to today. */
export interface AdminImpactParams {
  from?: string
  to?: string
}

export const IMPACT_EXPORT_TABLES = ["monthly", "cities", "crafts", "producers"] as const
export type ImpactExportTable = (typeof IMPACT_EXPORT_TABLES)[number]

/**
 * `GET /admin/impact/export`: one table as CSV, the report's own numbers. `producers` lists every
 * producer of the period (active, selling or earning), not only the top ten. `locale` picks the language of the header row and of
 * crafts' names (Turkish by default).
 */
export interface AdminImpactExportParams extends AdminImpactParams {
  table: ImpactExportTable
  locale?: Locale
}
