import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminProducer } from "@imece/types"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"
import { maskIban } from "../../../utils/iban"

/**
 * Producers as staff may see them, with what staff see of each one's payout account: whether she
 * has given one, and her IBAN masked to its country code and last four characters. The account
 * is not on her record (no `fields` can reach it); it is read apart here, and only to be masked.
 */
export async function toAdminProducers<T extends { id: string }>(
  scope: MedusaContainer,
  producers: T[]
): Promise<(T & Pick<AdminProducer, "has_iban" | "iban_masked">)[]> {
  const ledger: ProducerLedgerModuleService = scope.resolve(PRODUCER_LEDGER_MODULE)
  const accounts = await ledger.payoutAccountsOf(producers.map((producer) => producer.id))
  return producers.map((producer) => {
    const iban = accounts.get(producer.id)?.iban
    return { ...producer, has_iban: Boolean(iban), iban_masked: maskIban(iban) }
  })
}
