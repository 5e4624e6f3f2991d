import type {
  AdminImpact,
  AdminImpactCity,
  AdminImpactCraft,
  AdminImpactCurrency,
  AdminImpactFunnel,
  AdminImpactGroup,
  AdminImpactMoney,
  AdminImpactMonth,
  AdminImpactProducer,
  AdminImpactProducerRow,
  AdminImpactStrugglingProducer,
  Locale,
  LocalizedText,
  ProducerStatus,
} from "@imece/types"
import { MedusaError } from "@medusajs/framework/utils"
import { DAY_MS, monthOf, type ImpactPeriodBounds } from "./period"

/*
 * The impact report, reckoned from plain facts read beforehand: no database, no Medusa, so every
 * rule below is tested on its own (aggregate.unit.spec.ts).
 *
 * Two clocks run through it. Orders (how many, their average, the funnel, who sold lately) count
 * producers' parts of orders as they were placed. Money (gross, commission, net) is the
 * producers' ledger: an earning booked when her part is delivered, a reversal when a delivered
 * line is refunded, each in the month it was booked. So the report's money and the ledger's
 * totals for the same days agree by construction, whatever was placed when.
 */

/** "Active in the last 30 days" and "no sale in the last 60 days" count back from `as_of`. */
export const ACTIVE_WINDOW_DAYS = 30
export const STRUGGLING_WINDOW_DAYS = 60
/** How many producers the top list shows per currency. */
export const TOP_PRODUCERS = 10
/** Which language a craft is grouped by when a producer wrote it in several. */
const CRAFT_KEY_LOCALES: readonly Locale[] = ["tr", "fa", "en"]

export interface ProducerFact {
  id: string
  name: string
  handle: string
  city: string | null
  craft: LocalizedText | null
  status: ProducerStatus
  created_at: Date
}

export interface ApplicationFact {
  id: string
  /** When it was first sent. */
  created_at: Date
  /** When staff approved it, from its history; null while not approved. */
  approved_at: Date | null
  /** The shop approval opened. */
  producer_id: string | null
}

/** A producer's part of a shopper's order that was not canceled, as it was placed. */
export interface SaleFact {
  order_id: string
  producer_id: string
  currency_code: string
  created_at: Date
  /** Each line's total in the currency's main unit, as an exact decimal ("450.50"). */
  line_totals: string[]
}

/**
 * An earning or a reversal on the producers' ledger, in whole minor units of its currency, both
 * signed as the ledger keeps them (a reversal takes away). Payouts are not income.
 */
export interface EarningFact {
  producer_id: string
  currency_code: string
  /** Hers. */
  amount: number
  /** The cooperative's. */
  commission: number
  /** When it was booked: the month it counts in. */
  created_at: Date
}

export interface ImpactFacts {
  /** Decimal digits of the default currency and of every currency in `sales` and `earnings`. */
  currencies: AdminImpactCurrency[]
  /** The store's default currency, reported even without sales; null if the store has none. */
  defaultCurrency: string | null
  producers: ProducerFact[]
  /** Applications first sent in the period. */
  applications: ApplicationFact[]
  /** Sales placed in the period. */
  sales: SaleFact[]
  /** Earnings and reversals booked in the period. */
  earnings: EarningFact[]
  /** When each sale before the period's end was placed, however long ago: first and last sales. */
  saleDates: { producer_id: string; created_at: Date }[]
}

/**
 * A decimal amount in main units ("450.5") as integer minor units at `digits` (45050), rounded
 * half away from zero past them. Exact: the digits are read as text, never through a float.
 */
export function toMinorUnits(amount: string, digits: number): number {
  const match = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(amount.trim())
  if (!match || (!match[2] && !match[3])) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Not a decimal amount: "${amount}"`)
  }
  const [, sign, whole, fraction = ""] = match
  const kept = fraction.padEnd(digits, "0").slice(0, digits)
  const roundsUp = (fraction[digits] ?? "0") >= "5"
  const minor = Number(whole || "0") * 10 ** digits + Number(kept || "0") + (roundsUp ? 1 : 0)
  return sign === "-" ? -minor : minor
}

/** An integer divided by a positive integer, rounded half away from zero. */
function divideRounded(dividend: number, divisor: number) {
  const magnitude = Math.floor((Math.abs(dividend) * 2 + divisor) / (2 * divisor))
  return dividend < 0 ? -magnitude : magnitude
}

/** Writing differences that do not make another city or craft: case, spaces around and within. */
export function groupKey(text: string | null | undefined): string {
  return (text ?? "").trim().replace(/\s+/g, " ").toLocaleLowerCase("tr-TR")
}

/** The text a craft is grouped by: Turkish if she wrote it, else Persian, else English. */
export function craftKey(craft: LocalizedText | null | undefined): string {
  const text = CRAFT_KEY_LOCALES.map((locale) => craft?.[locale]?.trim()).find(Boolean)
  return groupKey(text)
}

/** The spelling most of the group uses ("Ankara" over "ankara "), ties to the first met. */
function mostCommon(texts: string[]): string | null {
  const counts = new Map<string, number>()
  for (const text of texts.map((value) => value.trim().replace(/\s+/g, " ")).filter(Boolean)) {
    counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  let best: [string, number] | null = null
  for (const entry of counts) {
    if (!best || entry[1] > best[1]) {
      best = entry
    }
  }
  return best?.[0] ?? null
}

/** One sale with its month and what the shopper paid for its lines, in minor units. */
interface ReckonedSale extends SaleFact {
  month: string
  ordered: number
}

/** One earning or reversal with its month. */
interface BookedEarning extends EarningFact {
  month: string
}

function reckon(sale: SaleFact, digits: Map<string, number>, timeZone: string): ReckonedSale {
  const decimals = digits.get(sale.currency_code)
  if (decimals === undefined) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `No decimal digits known for the currency ${sale.currency_code}`
    )
  }
  const ordered = sale.line_totals.reduce((sum, total) => sum + toMinorUnits(total, decimals), 0)
  return { ...sale, month: monthOf(sale.created_at, timeZone), ordered }
}

/**
 * One currency's money: orders placed counted once however many producers share them, their
 * average from what shoppers paid; gross, commission and net from the ledger's earnings less
 * reversals.
 */
function sumMoney(
  currency: string,
  sales: ReckonedSale[],
  earnings: BookedEarning[]
): AdminImpactMoney {
  const placed = sales.filter((sale) => sale.currency_code === currency)
  const orders = new Set(placed.map((sale) => sale.order_id)).size
  const ordered = placed.reduce((sum, sale) => sum + sale.ordered, 0)
  const booked = earnings.filter((earning) => earning.currency_code === currency)
  const net = booked.reduce((sum, earning) => sum + earning.amount, 0)
  const commission = booked.reduce((sum, earning) => sum + earning.commission, 0)
  return {
    currency_code: currency,
    orders,
    gross: net + commission,
    commission,
    net,
    average_order_value: orders ? divideRounded(ordered, orders) : 0,
  }
}

/** A producer's sales or earnings, by her id. */
function byProducer<T extends { producer_id: string }>(records: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>()
  for (const record of records) {
    grouped.set(record.producer_id, [...(grouped.get(record.producer_id) ?? []), record])
  }
  return grouped
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function toProducer(producer: ProducerFact): AdminImpactProducer {
  return {
    id: producer.id,
    name: producer.name,
    handle: producer.handle,
    city: producer.city,
    craft: producer.craft,
    status: producer.status,
    joined_at: producer.created_at.toISOString(),
  }
}

/**
 * The report's currencies: those sold or earned in, the most orders first (the store's default
 * first among equals), and the default even without a sale, so an empty period still has its
 * months.
 */
function reportedCurrencies(
  facts: ImpactFacts,
  sales: SaleFact[],
  earnings: EarningFact[]
): AdminImpactCurrency[] {
  const orders = new Map<string, Set<string>>()
  for (const sale of sales) {
    orders.set(sale.currency_code, (orders.get(sale.currency_code) ?? new Set()).add(sale.order_id))
  }
  const ordersIn = (code: string) => orders.get(code)?.size ?? 0
  const codes = [
    ...new Set([
      ...orders.keys(),
      ...earnings.map((earning) => earning.currency_code),
      ...(facts.defaultCurrency ? [facts.defaultCurrency] : []),
    ]),
  ]
  return codes
    .sort(
      (a, b) =>
        ordersIn(b) - ordersIn(a) ||
        Number(b === facts.defaultCurrency) - Number(a === facts.defaultCurrency) ||
        a.localeCompare(b)
    )
    .map((code) => {
      const currency = facts.currencies.find((candidate) => candidate.code === code)
      if (!currency) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `No decimal digits known for the currency ${code}`
        )
      }
      return currency
    })
}

/** What `funnel` says; see AdminImpactFunnel. */
function funnelOf(
  facts: ImpactFacts,
  period: ImpactPeriodBounds,
  firstSale: Map<string, Date>,
  activeRecently: Set<string>
): AdminImpactFunnel {
  const submitted = facts.applications.filter(
    (application) => application.created_at >= period.start && application.created_at < period.end
  )
  const approved = submitted.filter(
    (application) =>
      application.approved_at && application.approved_at <= period.asOf && application.producer_id
  )
  const sold = approved.flatMap((application) => {
    const first = firstSale.get(application.producer_id ?? "")
    return first && application.approved_at ? [{ application, first }] : []
  })
  const days = sold.map(({ application, first }) =>
    Math.max(0, (first.getTime() - (application.approved_at?.getTime() ?? 0)) / DAY_MS)
  )
  return {
    applications_submitted: submitted.length,
    approved: approved.length,
    first_sale: sold.length,
    active_last_30_days: sold.filter(({ application }) =>
      activeRecently.has(application.producer_id ?? "")
    ).length,
    median_days_to_first_sale: days.length ? Math.round(median(days) * 10) / 10 : null,
  }
}

interface GroupDraft {
  key: string
  producers: ProducerFact[]
}

/** Producers of a group, what they sold and earned, one money entry per reported currency. */
function groupTotals(
  group: GroupDraft,
  salesByProducer: Map<string, ReckonedSale[]>,
  earningsByProducer: Map<string, BookedEarning[]>,
  currencies: AdminImpactCurrency[]
): AdminImpactGroup {
  const sales = group.producers.flatMap((producer) => salesByProducer.get(producer.id) ?? [])
  const earnings = group.producers.flatMap((producer) => earningsByProducer.get(producer.id) ?? [])
  return {
    key: group.key,
    producers: group.producers.length,
    producers_with_sales: group.producers.filter((producer) => salesByProducer.has(producer.id))
      .length,
    orders: new Set(sales.map((sale) => sale.order_id)).size,
    money: currencies.map(({ code }) => sumMoney(code, sales, earnings)),
  }
}

function groupBy(producers: ProducerFact[], keyOf: (producer: ProducerFact) => string) {
  const groups = new Map<string, GroupDraft>()
  for (const producer of producers) {
    const key = keyOf(producer)
    const group = groups.get(key) ?? { key, producers: [] }
    group.producers.push(producer)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** Most sold (in the first currency) first, then most producers, then by key; "none" last. */
function byGroupSize<T extends AdminImpactGroup>(a: T, b: T) {
  return (
    Number(a.key === "") - Number(b.key === "") ||
    (b.money[0]?.gross ?? 0) - (a.money[0]?.gross ?? 0) ||
    b.producers - a.producers ||
    a.key.localeCompare(b.key, "tr")
  )
}

/** A craft as its producers wrote it, language by language. */
function craftLabel(producers: ProducerFact[]): LocalizedText | null {
  const label: LocalizedText = {}
  for (const locale of CRAFT_KEY_LOCALES) {
    const text = mostCommon(producers.flatMap((producer) => producer.craft?.[locale] ?? []))
    if (text) {
      label[locale] = text
    }
  }
  return Object.keys(label).length ? label : null
}

export interface ImpactReport {
  impact: AdminImpact
  /**
   * Every producer of the period (active or selling) in every reported currency, ranked by net:
   * the top list's long form, for the CSV export.
   */
  producerRows: AdminImpactProducerRow[]
}

/** The whole report for a period, from the facts read for it. */
export function computeImpact(facts: ImpactFacts, period: ImpactPeriodBounds): ImpactReport {
  const withinPeriod = ({ created_at }: { created_at: Date }) =>
    created_at >= period.start && created_at < period.end
  const placed = facts.sales.filter(withinPeriod)
  const booked = facts.earnings.filter(withinPeriod)
  const currencies = reportedCurrencies(facts, placed, booked)
  const digits = new Map(
    facts.currencies.map((currency) => [currency.code, currency.decimal_digits])
  )
  const sales = placed.map((sale) => reckon(sale, digits, period.timeZone))
  const earnings: BookedEarning[] = booked.map((earning) => ({
    ...earning,
    month: monthOf(earning.created_at, period.timeZone),
  }))
  const salesByProducer = byProducer(sales)
  const earningsByProducer = byProducer(earnings)

  // First and last sale of each producer up to `as_of`, and who sold in the recent windows.
  const firstSale = new Map<string, Date>()
  const lastSale = new Map<string, Date>()
  for (const { producer_id, created_at } of facts.saleDates) {
    if (created_at > period.asOf) {
      continue
    }
    const first = firstSale.get(producer_id)
    if (!first || created_at < first) {
      firstSale.set(producer_id, created_at)
    }
    const last = lastSale.get(producer_id)
    if (!last || created_at > last) {
      lastSale.set(producer_id, created_at)
    }
  }
  const soldSince = (days: number) => {
    const since = period.asOf.getTime() - days * DAY_MS
    return new Set(
      [...lastSale].flatMap(([producerId, last]) => (last.getTime() > since ? [producerId] : []))
    )
  }
  const activeRecently = soldSince(ACTIVE_WINDOW_DAYS)
  const soldInStrugglingWindow = soldSince(STRUGGLING_WINDOW_DAYS)

  // The programme's producers for the period: open shops that existed by its end, and anyone
  // who sold or earned in it (a producer suspended since still earned), so that the groups' and
  // producers' money adds up to the months'.
  const openShops = facts.producers.filter(
    (producer) => producer.status === "active" && producer.created_at < period.end
  )
  const open = new Set(openShops.map((producer) => producer.id))
  const inPeriod = facts.producers.filter(
    (producer) =>
      open.has(producer.id) ||
      salesByProducer.has(producer.id) ||
      earningsByProducer.has(producer.id)
  )

  const monthly: AdminImpactMonth[] = currencies.flatMap(({ code }) =>
    period.months.map((month) => ({
      month,
      ...sumMoney(
        code,
        sales.filter((sale) => sale.month === month),
        earnings.filter((earning) => earning.month === month)
      ),
    }))
  )

  const cities: AdminImpactCity[] = groupBy(inPeriod, (producer) => groupKey(producer.city))
    .map((group) => ({
      city: mostCommon(group.producers.flatMap((producer) => producer.city ?? [])),
      ...groupTotals(group, salesByProducer, earningsByProducer, currencies),
    }))
    .sort(byGroupSize)
  const crafts: AdminImpactCraft[] = groupBy(inPeriod, (producer) => craftKey(producer.craft))
    .map((group) => ({
      craft: craftLabel(group.producers),
      ...groupTotals(group, salesByProducer, earningsByProducer, currencies),
    }))
    .sort(byGroupSize)

  const producerRows = currencies.flatMap(({ code }) =>
    inPeriod
      .map((producer) => ({
        producer: toProducer(producer),
        ...sumMoney(
          code,
          salesByProducer.get(producer.id) ?? [],
          earningsByProducer.get(producer.id) ?? []
        ),
      }))
      .sort(
        (a, b) =>
          b.net - a.net || b.gross - a.gross || a.producer.name.localeCompare(b.producer.name, "tr")
      )
  )
  const topProducers = currencies.flatMap(({ code }) =>
    producerRows.filter((row) => row.currency_code === code && row.net > 0).slice(0, TOP_PRODUCERS)
  )

  const struggling: AdminImpactStrugglingProducer[] = openShops
    .filter((producer) => !soldInStrugglingWindow.has(producer.id))
    .map((producer) => {
      const last = lastSale.get(producer.id) ?? null
      return {
        producer: toProducer(producer),
        last_sale_at: last ? last.toISOString() : null,
        days_since_last_sale: last
          ? Math.floor((period.asOf.getTime() - last.getTime()) / DAY_MS)
          : null,
      }
    })
    // Those who never sold first, the longest waiting among them first; then the longest quiet.
    .sort(
      (a, b) =>
        Number(b.last_sale_at === null) - Number(a.last_sale_at === null) ||
        (a.last_sale_at === null
          ? a.producer.joined_at.localeCompare(b.producer.joined_at)
          : (b.days_since_last_sale ?? 0) - (a.days_since_last_sale ?? 0)) ||
        a.producer.name.localeCompare(b.producer.name, "tr")
    )

  return {
    impact: {
      period: {
        from: period.from,
        to: period.to,
        months: period.months,
        as_of: period.asOf.toISOString(),
      },
      currencies,
      funnel: funnelOf(facts, period, firstSale, activeRecently),
      producers: {
        active: openShops.length,
        with_sales: salesByProducer.size,
        active_last_30_days: facts.producers.filter((producer) => activeRecently.has(producer.id))
          .length,
      },
      totals: currencies.map(({ code }) => sumMoney(code, sales, earnings)),
      monthly,
      cities,
      crafts,
      top_producers: topProducers,
      struggling_producers: struggling,
    },
    producerRows,
  }
}
