import type { AdminProducer } from "@imece/types"
import { maskIban } from "../../../utils/iban"

/** The columns that hold where her earnings are paid: never sent to staff as they are. */
export const PAYOUT_ACCOUNT_FIELDS = ["iban", "iban_holder"]

/**
 * A producer as staff may see her: her IBAN masked to its country code and last four characters,
 * and whether she has given one; the whole number and the holder's name stay out of the answer
 * (only the payout export reads them).
 */
export function toAdminProducer<T extends { iban?: string | null; iban_holder?: string | null }>(
  producer: T
): Omit<T, "iban" | "iban_holder"> & Pick<AdminProducer, "has_iban" | "iban_masked"> {
  const { iban, iban_holder: _holder, ...rest } = producer
  return { ...rest, has_iban: Boolean(iban), iban_masked: maskIban(iban) }
}
