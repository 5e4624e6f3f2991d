import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type { AdminPayoutBatch, AdminPayoutLine } from "@imece/types"
import { maskIban } from "../../../utils/iban"

export const payoutBatchFields = [
  "id",
  "reference",
  "status",
  "period_start",
  "period_end",
  "created_at",
  "paid_at",
  "payouts.id",
  "payouts.producer_id",
  "payouts.currency_code",
  "payouts.amount",
  "payouts.iban",
]

type StoredBatch = {
  id: string
  reference: string
  status: AdminPayoutBatch["status"]
  period_start: Date | string
  period_end: Date | string
  created_at: Date | string
  paid_at: Date | string | null
  payouts?: ({
    id: string
    producer_id: string
    currency_code: string
    amount: unknown
    iban: string | null
  } | null)[]
}

/** Producers' display names by id, for staff's lists. */
export async function producerNames(
  container: MedusaContainer,
  ids: string[]
): Promise<Map<string, string>> {
  if (!ids.length) {
    return new Map()
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "name"],
    filters: { id: [...new Set(ids)] },
  })
  return new Map(data.map((producer: { id: string; name: string }) => [producer.id, producer.name]))
}

/** Each currency's total of some payout lines. */
export function totalsOf(lines: { currency_code: string; amount: number }[]) {
  const totals = new Map<string, number>()
  for (const line of lines) {
    totals.set(line.currency_code, (totals.get(line.currency_code) ?? 0) + line.amount)
  }
  return [...totals].map(([currency_code, amount]) => ({ currency_code, amount }))
}

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null)

/** A batch as staff read it: amounts in minor units, IBANs masked. */
export function asAdminBatch(batch: StoredBatch, names: Map<string, string>): AdminPayoutBatch {
  const payouts = (batch.payouts ?? []).flatMap((payout) =>
    payout
      ? [
          {
            id: payout.id,
            producer_id: payout.producer_id,
            producer_name: names.get(payout.producer_id) ?? "",
            currency_code: payout.currency_code,
            amount: MathBN.convert(payout.amount as number).toNumber(),
            iban_masked: maskIban(payout.iban),
          } satisfies AdminPayoutLine & { id: string },
        ]
      : []
  )
  return {
    id: batch.id,
    reference: batch.reference,
    status: batch.status,
    period_start: iso(batch.period_start) ?? "",
    period_end: iso(batch.period_end) ?? "",
    created_at: iso(batch.created_at) ?? "",
    paid_at: iso(batch.paid_at),
    payouts,
    totals: totalsOf(payouts),
  }
}

/** One batch, or a 404 through query.graph's `throwIfKeyNotFound`. */
export async function retrieveAdminBatch(
  container: MedusaContainer,
  id: string
): Promise<{ batch: AdminPayoutBatch; stored: StoredBatch }> {
  const {
    data: [stored],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph(
      { entity: "payout_batch", fields: payoutBatchFields, filters: { id } },
      { throwIfKeyNotFound: true }
    )
  const typed: StoredBatch = stored
  const names = await producerNames(
    container,
    (typed.payouts ?? []).flatMap((payout) => (payout ? [payout.producer_id] : []))
  )
  return { batch: asAdminBatch(typed, names), stored: typed }
}
