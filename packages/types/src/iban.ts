/**
 * The IBAN a producer's earnings are paid to, checked as banks check it (ISO 13616) before she
 * sends it: the API runs the same checks (backend `src/utils/iban.ts`) and says the same things.
 */

/** Why an IBAN is refused; each front end says it in the reader's language. */
export const IBAN_PROBLEMS = [
  "characters",
  "format",
  "length",
  "turkish_digits",
  "checksum",
] as const
export type IbanProblem = (typeof IBAN_PROBLEMS)[number]

const TURKISH_LENGTH = 26
/** The shortest and longest IBAN any country issues. */
const MIN_LENGTH = 15
const MAX_LENGTH = 34
/** The longest IBAN in groups of four with a space between groups. */
export const IBAN_TYPED_MAX_LENGTH = MAX_LENGTH + Math.ceil(MAX_LENGTH / 4) - 1

/** "tr33 0006 1005…" as typed → "TR330006…", as it is kept. */
export function normalizeIban(typed: string): string {
  return typed.replace(/\s+/g, "").toUpperCase()
}

/** "TR330006100519…" → "TR33 0006 1005 19…": groups of four, as banks print it. */
export function formatIban(typed: string): string {
  return normalizeIban(typed).replace(/(.{4})(?=.)/g, "$1 ")
}

/** ISO 7064 MOD 97-10 of the rearranged IBAN, digit by digit; a valid IBAN leaves 1. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const value = parseInt(char, 36)
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97
  }
  return remainder
}

/** What is wrong with an IBAN as typed, or null when banks would accept it. */
export function ibanProblem(typed: string): IbanProblem | null {
  const iban = normalizeIban(typed)
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
