import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type {
  ProducerBalance,
  ProducerEarningsResponse,
  ProducerLedgerEntry,
  ProducerPayoutSummary,
} from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import { balanceOf, heldOf, payableEntries } from "../../../modules/producer-ledger/ledger-math"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"
import type { LedgerSumWithCount } from "../../../modules/producer-ledger/service"
import { asLedgerLine } from "../../../workflows/producer-ledger/steps/unsettled-ledger"
import type { ProducerGetEarningsParamsType } from "./validators"

type StoredEntry = Parameters<typeof asLedgerLine>[0] & {
  created_at: Date | string
  producer_order_id: string | null
}

/**
 * Her money: per currency her balance, what a payout may include now, what is still held after
 * delivery (and for how many days the cooperative holds earnings) and what is on its way in a
 * confirmed batch, the currency she earns most in first; one page of her entries, newest first,
 * with their order numbers; her payouts. Only her own ledger, whoever asks.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ProducerGetEarningsParamsType>,
  res: MedusaResponse<ProducerEarningsResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ledger: ProducerLedgerModuleService = req.scope.resolve(PRODUCER_LEDGER_MODULE)
  const producerId = req.auth_context.actor_id
  const { limit, offset } = req.validatedQuery
  const now = new Date()
  const { data, metadata } = await query.graph({
    entity: "ledger_entry",
    fields: [
      "id",
      "producer_id",
      "currency_code",
      "kind",
      "amount",
      "commission",
      "available_at",
      "payout_id",
      "created_at",
      "producer_order_id",
    ],
    filters: { producer_id: producerId },
    // The id after the time: entries of one delivery share a moment, and a page must not move.
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const stored: StoredEntry[] = data
  const lines = stored.map(asLedgerLine)

  const { data: payoutRows } = await query.graph({
    entity: "payout",
    fields: [
      "id",
      "currency_code",
      "amount",
      "created_at",
      "batch.reference",
      "batch.status",
      "batch.paid_at",
    ],
    filters: { producer_id: producerId },
    pagination: { order: { created_at: "DESC" } },
  })
  type StoredPayout = {
    id: string
    currency_code: string
    amount: unknown
    created_at: Date | string
    batch: {
      reference: string
      status: ProducerPayoutSummary["status"]
      paid_at: Date | string | null
    }
  }
  const payouts = (payoutRows as StoredPayout[]).map((payout) => ({
    id: payout.id,
    reference: payout.batch.reference,
    status: payout.batch.status,
    currency_code: payout.currency_code,
    amount: MathBN.convert(payout.amount as number).toNumber(),
    paid_at: payout.batch.paid_at ? new Date(payout.batch.paid_at).toISOString() : null,
    created_at: new Date(payout.created_at).toISOString(),
  }))
  const confirmed = new Set(
    payouts.filter((payout) => payout.status === "confirmed").map((payout) => payout.id)
  )

  const balances = balancesOf(await ledger.sumLedgerEntries(producerId, now), now, confirmed)

  const displayIds = await orderNumbers(
    req,
    stored.flatMap((entry) => (entry.producer_order_id ? [entry.producer_order_id] : []))
  )
  const entries: ProducerLedgerEntry[] = stored.map((entry, index) => ({
    id: entry.id,
    kind: entry.kind,
    currency_code: entry.currency_code,
    amount: lines[index].amount,
    commission: lines[index].commission,
    available_at: lines[index].available_at.toISOString(),
    created_at: new Date(entry.created_at).toISOString(),
    display_id: entry.producer_order_id ? (displayIds.get(entry.producer_order_id) ?? null) : null,
    producer_order_id: entry.producer_order_id,
    payout_id: entry.payout_id,
  }))
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const { earning_holding_days } = await cooperative.retrieveCurrentSettings()
  res.json({
    holding_days: earning_holding_days,
    balances,
    entries,
    count: metadata?.count ?? entries.length,
    offset,
    limit,
    payouts,
  })
}

/**
 * Her balances per currency from her ledger's sums. The currency she sells in most often (the
 * most earnings; amounts in different currencies do not compare) comes first: a currency she
 * once sold in and has nothing left in is not what she opens the page for.
 */
function balancesOf(
  sums: LedgerSumWithCount[],
  now: Date,
  confirmed: Set<string>
): ProducerBalance[] {
  const amountOf = (some: LedgerSumWithCount[]) => some.reduce((sum, line) => sum + line.amount, 0)
  const currencies = [...new Set(sums.map((line) => line.currency_code))]
  return currencies
    .map((currency_code) => {
      const inCurrency = sums.filter((line) => line.currency_code === currency_code)
      const earnings = inCurrency
        .filter((line) => line.kind === "earning")
        .reduce((count, line) => count + line.entries, 0)
      const balance: ProducerBalance = {
        currency_code,
        balance: balanceOf(inCurrency),
        payable: Math.max(0, amountOf(payableEntries(inCurrency, now))),
        held: heldOf(inCurrency, now),
        on_the_way: amountOf(
          inCurrency.filter(
            (line) => line.kind !== "payout" && line.payout_id && confirmed.has(line.payout_id)
          )
        ),
      }
      return { earnings, balance }
    })
    .sort(
      (a, b) =>
        b.earnings - a.earnings || a.balance.currency_code.localeCompare(b.balance.currency_code)
    )
    .map(({ balance }) => balance)
}

async function orderNumbers(req: AuthenticatedMedusaRequest, partIds: string[]) {
  if (!partIds.length) {
    return new Map<string, number>()
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer_order",
    fields: ["id", "display_id"],
    filters: { id: [...new Set(partIds)] },
  })
  return new Map(
    (data as { id: string; display_id: number }[]).map((part) => [part.id, part.display_id])
  )
}
