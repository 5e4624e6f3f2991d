import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProducerShop } from "@imece/types"
import { PRODUCER_LEDGER_MODULE } from "../../modules/producer-ledger"
import type ProducerLedgerModuleService from "../../modules/producer-ledger/service"

/** Everything she sees of her own shop, including what shoppers do not. */
export const producerShopFields = [
  "id",
  "handle",
  "name",
  "full_name",
  "craft",
  "story",
  "city",
  "district",
  "status",
  "avatar_url",
  "show_full_name",
  "show_district",
  "processing_days",
  "accepts_returns",
  "vacation_from",
  "vacation_until",
  "created_at",
]

/** The logged-in producer's shop; her id comes from her session only. */
export async function retrieveOwnShop(
  scope: MedusaContainer,
  producerId: string
): Promise<ProducerShop> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: producerShopFields,
    filters: { id: producerId },
  })
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your shop could not be found.")
  }
  // Her payout account, hers to see whole (staff see it masked), is kept off her record.
  const ledger: ProducerLedgerModuleService = scope.resolve(PRODUCER_LEDGER_MODULE)
  const account = (await ledger.payoutAccountsOf([producerId])).get(producerId)
  return {
    ...producer,
    iban: account?.iban ?? null,
    iban_holder: account?.iban_holder ?? null,
  } as ProducerShop
}
