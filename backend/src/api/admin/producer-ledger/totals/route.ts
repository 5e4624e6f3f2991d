import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import type {
  AdminProducerLedgerTotals,
  AdminProducerLedgerTotalsResponse,
  LedgerEntryKind,
} from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { requestedPeriod } from "../../impact/period"
import type { AdminGetProducerLedgerTotalsParamsType } from "./validators"

type SelectedEntry = {
  currency_code: string
  kind: LedgerEntryKind
  amount: BigNumberInput
  commission: BigNumberInput
}

type Sums = Record<Exclude<keyof AdminProducerLedgerTotals, "currency_code">, BigNumberInput>

const NOTHING: Sums = { gross: 0, commission: 0, net: 0, reversals: 0, payouts: 0 }

/** A currency's sums with one more entry: earnings and reversals are income, payouts are not. */
function withEntry(sums: Sums, { kind, amount, commission }: SelectedEntry): Sums {
  if (kind === "payout") {
    return { ...sums, payouts: MathBN.add(sums.payouts, amount) }
  }
  const gross = MathBN.add(amount, commission)
  return {
    gross: MathBN.add(sums.gross, gross),
    commission: MathBN.add(sums.commission, commission),
    net: MathBN.add(sums.net, amount),
    reversals: kind === "reversal" ? MathBN.add(sums.reversals, gross) : sums.reversals,
    payouts: sums.payouts,
  }
}

const toMinor = (value: BigNumberInput) => MathBN.convert(value).toNumber()

/**
 * Every ledger entry booked in the period, summed per currency straight from the entries, with
 * big numbers and no months: staff reconcile with it, and it checks the impact report's income,
 * which reaches the same numbers its own way.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducerLedgerTotalsParamsType>,
  res: MedusaResponse<AdminProducerLedgerTotalsResponse>
) => {
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const timeZone = await cooperative.retrieveTimeZone()
  const period = requestedPeriod(req.validatedQuery, new Date(), timeZone)
  const { start, end } = period
  const { data: entries } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "ledger_entry",
    fields: ["currency_code", "kind", "amount", "commission"],
    filters: { created_at: { $gte: start, $lt: end } },
  })

  const byCurrency = new Map<string, Sums>()
  for (const entry of entries) {
    byCurrency.set(
      entry.currency_code,
      withEntry(byCurrency.get(entry.currency_code) ?? NOTHING, entry)
    )
  }
  const totals = [...byCurrency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency_code, sums]) => ({
      currency_code,
      gross: toMinor(sums.gross),
      commission: toMinor(sums.commission),
      net: toMinor(sums.net),
      reversals: toMinor(sums.reversals),
      payouts: toMinor(sums.payouts),
    }))
  res.json({ period: { from: period.from, to: period.to }, totals })
}
