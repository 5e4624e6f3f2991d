import type { IbanProblem } from "@imece/types"

/**
 * The IBAN a producer's earnings are paid to: checked as banks check it (ISO 13616), kept
 * without spaces and in upper case, and shown to staff masked. The same checks run in the
 * storefront (`@imece/types`' `ibanProblem`, whose problem names these messages must cover);
 * the built server cannot load that code at run time, so it is repeated here.
 */

/** What the API answers for each problem, in words a producer can act on. */
export const IBAN_PROBLEM_MESSAGES: Record<IbanProblem, string> = {
  characters: "An IBAN has only letters and digits (spaces are fine).",
  format: "An IBAN starts with a two-letter country code and two check digits, such as TR33.",
  length: "This IBAN has the wrong number of characters: a Turkish IBAN has 26 (TR and 24 digits).",
  turkish_digits: "A Turkish IBAN has only digits after TR.",
  checksum:
    "This IBAN's check digits do not match its number: look for a mistyped or missing digit.",
}

const TURKISH_LENGTH = 26
/** The shortest and longest IBAN any country issues. */
const MIN_LENGTH = 15
const MAX_LENGTH = 34

/** "tr33 0006 1005…" as typed → "TR330006…". */
export function normalizeIban(typed: string): string {
  return typed.replace(/\s+/g, "").toUpperCase()
}

/**
 * The remainder of the IBAN, read as ISO 7064 MOD 97-10 reads it (its first four characters
 * moved to the end, letters as 10–35), divided by 97; a valid IBAN leaves 1. Computed piece by
 * piece, since the number has up to 70 digits.
 */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const value = parseInt(char, 36)
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
  }
  return remainder
}

/** What is wrong with an IBAN already normalized, or null when banks would accept it. */
export function ibanProblem(iban: string): IbanProblem | null {
  if (!/^[A-Z0-9]*$/.test(iban)) {
    return "characters"
  }
  if (!/^[A-Z]{2}\d{2}/.test(iban)) {
    return "format"
  }
  const isTurkish = iban.startsWith("TR")
  if (
    isTurkish
      ? iban.length !== TURKISH_LENGTH
      : iban.length < MIN_LENGTH || iban.length > MAX_LENGTH
  ) {
    return "length"
  }
  if (isTurkish && !/^TR\d{24}$/.test(iban)) {
    return "turkish_digits"
  }
  return mod97(iban) === 1 ? null : "checksum"
}

/**
 * What staff see of her IBAN: its country code and last four characters, the rest as stars, in
 * groups of four ("TR** **** **** **** **** **12 34"). Null when she has not given one.
 */
export function maskIban(iban: string | null | undefined): string | null {
  if (!iban) {
    return null
  }
  const hidden = "*".repeat(Math.max(iban.length - 6, 0))
  const masked = iban.slice(0, 2) + hidden + iban.slice(2 + hidden.length)
  return masked.replace(/(.{4})(?=.)/g, "$1 ")
}
