import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"

export const setPayoutAccountStepId = "set-payout-account"

export type PayoutAccountChanges = { iban?: string | null; iban_holder?: string | null }

/** What to undo: the account as it was, or the one this step created (`created`). */
type Undo = { id: string; created?: true; iban?: string | null; iban_holder?: string | null }

/**
 * Writes what she changed of where her earnings are paid, in the ledger's payout account (kept
 * off her producer record); undoing restores what was there.
 */
export const setPayoutAccountStep = createStep(
  setPayoutAccountStepId,
  async (input: { producer_id: string; changes: PayoutAccountChanges }, { container }) => {
    if (input.changes.iban === undefined && input.changes.iban_holder === undefined) {
      return new StepResponse<undefined, Undo | undefined>(undefined)
    }
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    const current = (await ledger.payoutAccountsOf([input.producer_id])).get(input.producer_id)
    if (current) {
      await ledger.updatePayoutAccounts({ id: current.id, ...input.changes })
      return new StepResponse<undefined, Undo | undefined>(undefined, {
        id: current.id,
        iban: current.iban,
        iban_holder: current.iban_holder,
      })
    }
    const created = await ledger.createPayoutAccounts({
      producer_id: input.producer_id,
      ...input.changes,
    })
    return new StepResponse<undefined, Undo | undefined>(undefined, {
      id: created.id,
      created: true,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    const { created, ...account } = previous
    if (created) {
      await ledger.deletePayoutAccounts(account.id)
    } else {
      await ledger.updatePayoutAccounts(account)
    }
  }
)
