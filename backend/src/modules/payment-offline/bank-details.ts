import { createHash } from "node:crypto"
import { ibanProblem, normalizeIban } from "../../utils/iban"

/** What a shopper needs to send the money: where to, and the reference to write on it. */
export interface BankTransferDetails {
  iban: string
  account_holder: string
  bank_name: string
  reference: string
}

export interface BankAccount {
  iban: string
  accountHolder: string
  bankName: string
}

/**
 * Letters and digits a shopper cannot confuse when she types the reference into her bank's
 * form: no 0/O, no 1/I. Thirty-two of them, so each byte of a hash picks one without bias.
 */
const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
const REFERENCE_LENGTH = 6

/**
 * The transfer's reference, "IMC-" and six characters, always the same for the same payment
 * session, so the shopper's page, her e-mail and the staff's list agree.
 */
export function bankTransferReference(sessionId: string): string {
  const digest = createHash("sha256").update(sessionId).digest()
  let code = ""
  for (let i = 0; i < REFERENCE_LENGTH; i++) {
    code += REFERENCE_ALPHABET[digest[i] % REFERENCE_ALPHABET.length]
  }
  return `IMC-${code}`
}

/**
 * Whether an IBAN is well formed: country, check digits that pass ISO 13616's mod-97 test, and
 * for Türkiye its fixed length of 26. Spaces are allowed, as IBANs are printed in groups of four.
 */
export function isValidIban(iban: string): boolean {
  return ibanProblem(normalizeIban(iban)) === null
}

/** The IBAN in groups of four, as banks print it and shoppers copy it. */
export function formatIban(iban: string): string {
  return (
    iban
      .replace(/\s+/g, "")
      .toUpperCase()
      .match(/.{1,4}/g)
      ?.join(" ") ?? ""
  )
}

export function bankTransferDetails(account: BankAccount, sessionId: string): BankTransferDetails {
  return {
    iban: formatIban(account.iban),
    account_holder: account.accountHolder,
    bank_name: account.bankName,
    reference: bankTransferReference(sessionId),
  }
}
