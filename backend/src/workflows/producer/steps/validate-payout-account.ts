import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"
import { CodedError } from "../../../utils/coded-error"
import type { ProducerProfileChanges } from "./update-producer-profile"

export const validatePayoutAccountStepId = "validate-payout-account"

/**
 * Banks pay an IBAN only together with the account holder's name: refuses a change that would
 * leave her with an IBAN and no holder's name.
 */
export const validatePayoutAccountStep = createStep(
  validatePayoutAccountStepId,
  async (input: { id: string; changes: ProducerProfileChanges }, { container }) => {
    const { iban, iban_holder } = input.changes
    if (iban === undefined && iban_holder === undefined) {
      return new StepResponse(undefined)
    }
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    const current = (await ledger.payoutAccountsOf([input.id])).get(input.id)
    const nextIban = iban === undefined ? current?.iban : iban
    const nextHolder = iban_holder === undefined ? current?.iban_holder : iban_holder
    if (nextIban && !nextHolder) {
      throw new CodedError(
        MedusaError.Types.INVALID_DATA,
        "payout_holder_missing",
        "Write the account holder's name as your bank has it, together with your IBAN."
      )
    }
    return new StepResponse(undefined)
  }
)
