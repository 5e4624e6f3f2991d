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
import {
  balanceOf,
  heldOf,
  payableEntries,
  type LedgerLine,
} from "../../../modules/producer-ledger/ledger-math"
import { asLedgerLine } from "../../../workflows/producer-ledger/steps/unsettled-ledger"

/** The entries she sees, newest first; her balance is always over all of them. */
const RECENT_ENTRIES = 100

type StoredEntry = Parameters<typeof asLedgerLine>[0] & {
  created_at: Date | string
  producer_order_id: string | null
}

/**
 * Her money: per currency her balance, what a payout may include now, what is still held after
 * delivery (and for how many days the cooperative holds earnings) and what is on its way in a
 * confirmed batch; her recent entries with their order numbers; her payouts. Only her own
 * ledger, whoever asks.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ProducerEarningsResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const producerId = req.auth_context.actor_id
  const { data } = await query.graph({
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
    pagination: { order: { created_at: "DESC" } },
  })
  const stored: StoredEntry[] = data
  const lines = stored.map(asLedgerLine)
  const now = new Date()

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

  const currencies = [...new Set(lines.map((line) => line.currency_code))].sort()
  const balances: ProducerBalance[] = currencies.map((currency_code) => {
    const inCurrency = lines.filter((line) => line.currency_code === currency_code)
    const sumOf = (some: LedgerLine[]) => some.reduce((sum, line) => sum + line.amount, 0)
    return {
      currency_code,
      balance: balanceOf(inCurrency),
      payable: Math.max(0, sumOf(payableEntries(inCurrency, now))),
      held: heldOf(inCurrency, now),
      on_the_way: sumOf(
        inCurrency.filter(
          (line) => line.kind !== "payout" && line.payout_id && confirmed.has(line.payout_id)
        )
      ),
    }
  })

  const displayIds = await orderNumbers(
    req,
    stored.flatMap((entry) => (entry.producer_order_id ? [entry.producer_order_id] : []))
  )
  const entries: ProducerLedgerEntry[] = stored.slice(0, RECENT_ENTRIES).map((entry, index) => ({
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
  res.json({ holding_days: earning_holding_days, balances, entries, payouts })
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
