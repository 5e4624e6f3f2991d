import { MedusaError } from "@medusajs/framework/utils"
import { type BankAccount, bankTransferDetails, isValidIban } from "../bank-details"
import { type OfflinePaymentOptions, OfflinePaymentProvider } from "./offline-payment-provider"

/**
 * Havale/EFT: she sends the amount to the cooperative's account with the order's reference;
 * staff record the money when it shows on the statement, and the order is paid once it adds up.
 */
export class BankTransferProviderService extends OfflinePaymentProvider {
  static identifier = "bank-transfer"

  /** A mistyped IBAN stops the server at start instead of sending shoppers' money astray. */
  static validateOptions(options: OfflinePaymentOptions): void {
    if (!options.iban || !options.accountHolder || !options.bankName) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Bank transfer needs the cooperative's iban, accountHolder and bankName options."
      )
    }
    if (!isValidIban(options.iban)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The cooperative's IBAN "${options.iban}" is not valid: check COOPERATIVE_IBAN.`
      )
    }
  }

  private get account(): BankAccount {
    return {
      iban: this.config.iban ?? "",
      accountHolder: this.config.accountHolder ?? "",
      bankName: this.config.bankName ?? "",
    }
  }

  /** `iban`, `account_holder`, `bank_name` and the transfer's `reference`. */
  protected sessionData(sessionId: string): Record<string, unknown> {
    return { ...bankTransferDetails(this.account, sessionId) }
  }
}
