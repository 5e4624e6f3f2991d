import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import type { LocalizedText, ProducerStatus } from "@imece/types"
import { PRODUCER_STATUSES } from "../../../modules/producer/models/producer"
import {
  computeImpact,
  type EarningFact,
  type ImpactFacts,
  type ImpactReport,
  type SaleFact,
} from "./aggregate"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { requestedPeriod, type ImpactPeriodInput } from "./period"

/*
 * Reads what the report needs with Query, one request per kind of record, and leaves the
 * reckoning to `computeImpact`. No SQL: a cooperative's years are small (İzmit's market had 1,332
 * orders in its first year, Keçikoop 2,000 women), and a three-year period of parts with their
 * lines, or of ledger entries (one per delivered line, one per refunded line), is a few thousand
 * rows; `saleDates` reads two columns of every sale up to the period's end. If a programme grows
 * past that, grouped queries through the modules' managers are the place to change.
 */

/*
 * The records as selected below. Loose on purpose: they accept both the untyped result and the
 * types `medusa build` generates (nulls in lists, enums as unions, JSON as unknown).
 */
type SelectedItem = { total: BigNumberInput }
type SelectedPart = {
  order_id: string
  producer_id: string
  currency_code: string
  created_at: Date | string
  items?: (SelectedItem | null)[] | null
}
type SelectedLedgerEntry = {
  producer_id: string
  currency_code: string
  amount: BigNumberInput
  commission: BigNumberInput
  created_at: Date | string
}
type SelectedProducer = {
  id: string
  name: string
  handle: string
  city?: string | null
  craft?: unknown
  status: string
  created_at: Date | string
}
type SelectedApplication = {
  id: string
  created_at: Date | string
  status: string
  events?: ({ action: string; created_at: Date | string } | null)[] | null
  producer?: { id: string } | null
}

const toDate = (value: Date | string) => new Date(value)
/** An amount as an exact decimal string, whatever form Query gives it in. */
const toDecimal = (value: BigNumberInput) => MathBN.convert(value).toFixed()

/** A ledger amount, kept in whole minor units, as a number; refused if it is not one. */
function toWholeMinor(value: BigNumberInput): number {
  const minor = MathBN.convert(value).toNumber()
  if (!Number.isSafeInteger(minor)) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `A ledger amount is not a whole number of minor units: ${toDecimal(value)}`
    )
  }
  return minor
}

const isStatus = (status: string): status is ProducerStatus =>
  (PRODUCER_STATUSES as readonly string[]).includes(status)

function toLocalizedText(value: unknown): LocalizedText | null {
  if (!value || typeof value !== "object") {
    return null
  }
  const text: LocalizedText = {}
  for (const locale of ["tr", "fa", "en"] as const) {
    const words = (value as Record<string, unknown>)[locale]
    if (typeof words === "string" && words.trim()) {
      text[locale] = words
    }
  }
  return Object.keys(text).length ? text : null
}

/** Her part as the shopper ordered it. */
export function toSaleFact(part: SelectedPart): SaleFact {
  return {
    order_id: part.order_id,
    producer_id: part.producer_id,
    currency_code: part.currency_code,
    created_at: toDate(part.created_at),
    line_totals: (part.items ?? []).flatMap((item) => (item ? [toDecimal(item.total)] : [])),
  }
}

/** An earning or a reversal as the ledger booked it. */
export function toEarningFact(entry: SelectedLedgerEntry): EarningFact {
  return {
    producer_id: entry.producer_id,
    currency_code: entry.currency_code,
    amount: toWholeMinor(entry.amount),
    commission: toWholeMinor(entry.commission),
    created_at: toDate(entry.created_at),
  }
}

/** The report for a period of days, as things stand now. */
export async function readImpact(
  scope: MedusaContainer,
  input: Partial<ImpactPeriodInput>,
  now = new Date()
): Promise<ImpactReport> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const cooperative: CooperativeModuleService = scope.resolve(COOPERATIVE_MODULE)
  const period = requestedPeriod(input, now, await cooperative.retrieveTimeZone())
  const notCanceled = { $ne: "canceled" as const }

  const [
    { data: producers },
    { data: applications },
    { data: parts },
    { data: saleDates },
    { data: ledgerEntries },
  ] = await Promise.all([
    query.graph({
      entity: "producer",
      fields: ["id", "name", "handle", "city", "craft", "status", "created_at"],
    }),
    query.graph({
      entity: "producer_application",
      fields: ["id", "status", "created_at", "events.action", "events.created_at", "producer.id"],
      filters: { created_at: { $gte: period.start, $lt: period.end } },
    }),
    query.graph({
      entity: "producer_order",
      fields: ["order_id", "producer_id", "currency_code", "created_at", "items.total"],
      filters: { status: notCanceled, created_at: { $gte: period.start, $lt: period.end } },
    }),
    query.graph({
      entity: "producer_order",
      fields: ["producer_id", "created_at"],
      filters: { status: notCanceled, created_at: { $lt: period.end } },
    }),
    // Income: what the ledger booked in the period; payouts move money already earned.
    query.graph({
      entity: "ledger_entry",
      fields: ["producer_id", "currency_code", "amount", "commission", "created_at"],
      filters: {
        kind: ["earning", "reversal"],
        created_at: { $gte: period.start, $lt: period.end },
      },
    }),
  ])

  const sales = parts.map((part: SelectedPart) => toSaleFact(part))
  const earnings = ledgerEntries.map((entry: SelectedLedgerEntry) => toEarningFact(entry))
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const defaultCurrency =
    stores
      .flatMap((store) => store.supported_currencies ?? [])
      .find((currency) => currency?.is_default)?.currency_code ?? null
  const codes = [
    ...new Set([
      ...sales.map((sale) => sale.currency_code),
      ...earnings.map((earning) => earning.currency_code),
      ...(defaultCurrency ? [defaultCurrency] : []),
    ]),
  ]
  const { data: currencies } = codes.length
    ? await query.graph({
        entity: "currency",
        fields: ["code", "decimal_digits"],
        filters: { code: codes },
      })
    : { data: [] }

  const facts: ImpactFacts = {
    currencies: currencies.map((currency: { code: string; decimal_digits: number }) => ({
      code: currency.code,
      decimal_digits: currency.decimal_digits,
    })),
    defaultCurrency,
    producers: producers.flatMap((producer: SelectedProducer) =>
      isStatus(producer.status)
        ? [
            {
              id: producer.id,
              name: producer.name,
              handle: producer.handle,
              city: producer.city ?? null,
              craft: toLocalizedText(producer.craft),
              status: producer.status,
              created_at: toDate(producer.created_at),
            },
          ]
        : []
    ),
    applications: applications.map((application: SelectedApplication) => {
      // Approval is the last `approve` in its history (an application is approved once).
      const approvals = (application.events ?? []).flatMap((event) =>
        event?.action === "approve" ? [toDate(event.created_at)] : []
      )
      return {
        id: application.id,
        created_at: toDate(application.created_at),
        approved_at:
          application.status === "approved" && approvals.length
            ? new Date(Math.max(...approvals.map((date) => date.getTime())))
            : null,
        producer_id: application.producer?.id ?? null,
      }
    }),
    sales,
    earnings,
    saleDates: saleDates.map((sale: { producer_id: string; created_at: Date | string }) => ({
      producer_id: sale.producer_id,
      created_at: toDate(sale.created_at),
    })),
  }
  return computeImpact(facts, period)
}
