import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { LocalizedText, ProducerStatus } from "@imece/types"
import { PRODUCER_STATUSES } from "../../../modules/producer/models/producer"
import { computeImpact, type ImpactFacts, type ImpactReport, type SaleFact } from "./aggregate"
import { periodBounds, type ImpactPeriodInput } from "./period"

/*
 * Reads what the report needs with Query, one request per kind of record, and leaves the
 * reckoning to `computeImpact`. No SQL: a cooperative's years are small (İzmit's market had 1,332
 * orders in its first year, Keçikoop 2,000 women), and a three-year period of parts with their
 * lines is a few thousand rows; `saleDates` reads two columns of every sale up to the period's
 * end. If a programme grows past that, a grouped query through the producer-order module's
 * manager is the place to change.
 */

/*
 * The records as selected below. Loose on purpose: they accept both the untyped result and the
 * types `medusa build` generates (nulls in lists, enums as unions, JSON as unknown), and an
 * item's own `commission_bps` whether or not the item model has it yet.
 */
type SelectedItem = { total: BigNumberInput; commission_bps?: number | null }
type SelectedPart = {
  order_id: string
  producer_id: string
  currency_code: string
  commission_bps: number
  created_at: Date | string
  items?: (SelectedItem | null)[] | null
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

/** Her part as sold: each line at its own rate where it has one, else at the part's. */
export function toSaleFact(part: SelectedPart): SaleFact {
  return {
    order_id: part.order_id,
    producer_id: part.producer_id,
    currency_code: part.currency_code,
    created_at: toDate(part.created_at),
    lines: (part.items ?? []).flatMap((item) =>
      item
        ? [
            {
              total: toDecimal(item.total),
              commission_bps: item.commission_bps ?? part.commission_bps,
            },
          ]
        : []
    ),
  }
}

/** The report for a period of days, as things stand now. */
export async function readImpact(
  scope: MedusaContainer,
  input: ImpactPeriodInput,
  now = new Date()
): Promise<ImpactReport> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const period = periodBounds(input, now)
  const notCanceled = { $ne: "canceled" as const }

  const [{ data: producers }, { data: applications }, { data: parts }, { data: saleDates }] =
    await Promise.all([
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
        // `items.*` rather than a list, so an item's own rate comes along once the model has it.
        fields: [
          "order_id",
          "producer_id",
          "currency_code",
          "commission_bps",
          "created_at",
          "items.*",
        ],
        filters: { status: notCanceled, created_at: { $gte: period.start, $lt: period.end } },
      }),
      query.graph({
        entity: "producer_order",
        fields: ["producer_id", "created_at"],
        filters: { status: notCanceled, created_at: { $lt: period.end } },
      }),
    ])

  const sales = parts.map((part: SelectedPart) => toSaleFact(part))
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
    saleDates: saleDates.map((sale: { producer_id: string; created_at: Date | string }) => ({
      producer_id: sale.producer_id,
      created_at: toDate(sale.created_at),
    })),
  }
  return computeImpact(facts, period)
}
