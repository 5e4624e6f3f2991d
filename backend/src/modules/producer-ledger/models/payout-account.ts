import { model } from "@medusajs/framework/utils"

/**
 * Where a producer's earnings are paid: her IBAN (no spaces, upper case) and the account holder's
 * name as the bank has it. Kept here, apart from her producer record and linked to nothing, so
 * that no `fields` through a producer (`*producer`, `producer.*`, however spelt) can reach it:
 * only the routes that need it read it, the payouts and her own shop. She sees it whole, staff
 * masked, the payout export whole.
 */
export const PayoutAccount = model
  .define("payout_account", {
    id: model.id({ prefix: "poacc" }).primaryKey(),
    producer_id: model.text(),
    iban: model.text().nullable(),
    iban_holder: model.text().nullable(),
  })
  .indexes([{ on: ["producer_id"], unique: true, where: "deleted_at IS NULL" }])
