import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import { CodedError } from "../../../utils/coded-error"
import { proposePayouts } from "../../../modules/producer-ledger/ledger-math"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"
import { PAYOUT_LOCK_KEY } from "./ledger-lock"
import { unsettledLedger } from "./unsettled-ledger"

export const confirmPayoutBatchStepId = "confirm-payout-batch"

/** The period's bounds as ISO instants: a workflow's input travels as JSON. */
export interface ConfirmPayoutBatchInput {
  period_start: string
  period_end: string
  created_by: string
}

/**
 * Pays each producer with an IBAN everything available to her by the period's end that no
 * batch has settled, and settles those entries to her payout in the same turn of the payout
 * lock: a second confirmation, even at the same moment, finds them taken. A producer without
 * an IBAN is left out and keeps her earnings for the next batch.
 */
export const confirmPayoutBatchStep = createStep(
  confirmPayoutBatchStepId,
  async (input: ConfirmPayoutBatchInput, { container }) => {
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    const periodEnd = new Date(input.period_end)
    const confirmed = await container
      .resolve(Modules.LOCKING)
      .execute(PAYOUT_LOCK_KEY, async () => {
        const proposed = proposePayouts(await unsettledLedger(ledger, periodEnd), periodEnd)
        const accounts = await ledger.payoutAccountsOf(proposed.map((payout) => payout.producer_id))
        const payable = proposed.filter((payout) => accounts.get(payout.producer_id)?.iban)
        if (!payable.length) {
          throw new CodedError(
            MedusaError.Types.NOT_ALLOWED,
            "payout_nothing_payable",
            "Nothing is payable up to the end of this period: no producer with an IBAN has earnings that are available and not yet paid."
          )
        }
        const day = input.period_end.slice(0, 10).replace(/-/g, "")
        const sameDay = await ledger.listPayoutBatches({ reference: { $like: `IMECE-${day}-%` } })
        const batch = await ledger.createPayoutBatches({
          reference: `IMECE-${day}-${sameDay.length + 1}`,
          period_start: new Date(input.period_start),
          period_end: periodEnd,
          status: "confirmed",
          created_by: input.created_by,
        })
        const payouts = await ledger.createPayouts(
          payable.map((payout) => ({
            batch_id: batch.id,
            producer_id: payout.producer_id,
            currency_code: payout.currency_code,
            amount: payout.amount,
            iban: accounts.get(payout.producer_id)?.iban ?? null,
            iban_holder: accounts.get(payout.producer_id)?.iban_holder ?? null,
          }))
        )
        for (const [index, payout] of payouts.entries()) {
          await ledger.updateLedgerEntries({
            selector: { id: payable[index].entry_ids },
            data: { payout_id: payout.id },
          })
        }
        return { batchId: batch.id, payoutIds: payouts.map((payout) => payout.id) }
      })
    return new StepResponse(confirmed, confirmed)
  },
  async (confirmed, { container }) => {
    if (!confirmed) {
      return
    }
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    await ledger.updateLedgerEntries({
      selector: { payout_id: confirmed.payoutIds },
      data: { payout_id: null },
    })
    await ledger.deletePayouts(confirmed.payoutIds)
    await ledger.deletePayoutBatches(confirmed.batchId)
  }
)
