import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"
import { CodedError } from "../../../utils/coded-error"

export const settlePayoutBatchStepId = "settle-payout-batch"

export interface SettlePayoutBatchInput {
  id: string
  /** `paid`: the bank sent it; `canceled`: it will not be sent, its earnings are free again. */
  outcome: "paid" | "canceled"
  actor_id: string
}

/**
 * Ends a confirmed batch. Paid: each payout goes on its producer's ledger as money sent.
 * Canceled: the earnings it settled wait for another batch. Only a confirmed batch can end.
 */
export const settlePayoutBatchStep = createStep(
  settlePayoutBatchStepId,
  async (input: SettlePayoutBatchInput, { container }) => {
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    const batch = await ledger.retrievePayoutBatch(input.id, { relations: ["payouts"] })
    if (batch.status !== "confirmed") {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "payout_batch_not_confirmed",
        `Batch ${batch.reference} is ${batch.status}; only a confirmed batch can be marked ${input.outcome}.`,
        { reference: batch.reference }
      )
    }
    const now = new Date()
    let entryIds: string[] = []
    let settledTo: { id: string; payout_id: string | null }[] = []
    if (input.outcome === "paid") {
      const entries = await ledger.createLedgerEntries(
        batch.payouts.map((payout) => ({
          key: `payout:${payout.id}`,
          kind: "payout" as const,
          producer_id: payout.producer_id,
          currency_code: payout.currency_code,
          amount: -Number(payout.amount),
          commission: 0,
          available_at: now,
          payout_id: payout.id,
        }))
      )
      entryIds = entries.map((entry) => entry.id)
      await ledger.updatePayoutBatches({
        id: batch.id,
        status: "paid",
        paid_at: now,
        paid_by: input.actor_id,
      })
    } else {
      settledTo = await ledger.listLedgerEntries(
        { payout_id: batch.payouts.map((payout) => payout.id) },
        { select: ["id", "payout_id"] }
      )
      await ledger.updateLedgerEntries({
        selector: { id: settledTo.map((entry) => entry.id) },
        data: { payout_id: null },
      })
      await ledger.updatePayoutBatches({ id: batch.id, status: "canceled" })
    }
    return new StepResponse(
      { id: batch.id, status: input.outcome },
      { batchId: batch.id, outcome: input.outcome, entryIds, settledTo }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    if (undo.outcome === "paid") {
      await ledger.deleteLedgerEntries(undo.entryIds)
      await ledger.updatePayoutBatches({
        id: undo.batchId,
        status: "confirmed",
        paid_at: null,
        paid_by: null,
      })
    } else {
      await ledger.updateLedgerEntries(
        undo.settledTo.map((entry) => ({ id: entry.id, payout_id: entry.payout_id }))
      )
      await ledger.updatePayoutBatches({ id: undo.batchId, status: "confirmed" })
    }
  }
)
