import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutProposal } from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { PRODUCER_LEDGER_MODULE } from "../../../../modules/producer-ledger"
import { proposePayouts } from "../../../../modules/producer-ledger/ledger-math"
import type ProducerLedgerModuleService from "../../../../modules/producer-ledger/service"
import { PRODUCER_MODULE } from "../../../../modules/producer"
import type ProducerModuleService from "../../../../modules/producer/service"
import { maskIban } from "../../../../utils/iban"
import { unsettledLedger } from "../../../../workflows/producer-ledger/steps/unsettled-ledger"
import { totalsOf } from "../helpers"
import { endOfPeriod, refuseFuturePeriodEnd, type PayoutPeriodType } from "../validators"

/**
 * What a batch for this period would pay each producer, before staff confirm it: her
 * available, unpaid earnings less reversals. Producers without an IBAN are listed apart.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, PayoutPeriodType>,
  res: MedusaResponse<{ payout_proposal: AdminPayoutProposal }>
) => {
  const { period_start, period_end } = req.validatedQuery
  const ledger: ProducerLedgerModuleService = req.scope.resolve(PRODUCER_LEDGER_MODULE)
  const producerModule: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const timeZone = await cooperative.retrieveTimeZone()
  refuseFuturePeriodEnd(period_end, timeZone)
  const end = endOfPeriod(period_end, timeZone)
  const proposed = proposePayouts(await unsettledLedger(ledger, end), end)
  const producers = new Map(
    (await producerModule.listProducers({ id: proposed.map((payout) => payout.producer_id) })).map(
      (producer) => [producer.id, producer]
    )
  )
  const accounts = await ledger.payoutAccountsOf(proposed.map((payout) => payout.producer_id))
  const lines = proposed.map((payout) => {
    const producer = producers.get(payout.producer_id)
    const account = accounts.get(payout.producer_id)
    return {
      producer_id: payout.producer_id,
      producer_name: producer?.name ?? "",
      currency_code: payout.currency_code,
      amount: payout.amount,
      iban_masked: maskIban(account?.iban),
    }
  })
  const payouts = lines.filter((line) => line.iban_masked)
  res.json({
    payout_proposal: {
      period_start,
      period_end,
      payouts,
      without_iban: lines.filter((line) => !line.iban_masked),
      totals: totalsOf(payouts),
    },
  })
}
