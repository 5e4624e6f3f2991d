import { model } from "@medusajs/framework/utils"
import { PayoutBatch } from "./payout-batch"

/**
 * What one producer is paid in a batch, in one currency, with the account it goes to as it was
 * when the batch was confirmed (a later change of IBAN does not redirect money already sent).
 */
export const Payout = model.define("payout", {
  id: model.id({ prefix: "payout" }).primaryKey(),
  batch: model.belongsTo(() => PayoutBatch, { mappedBy: "payouts" }),
  producer_id: model.text(),
  currency_code: model.text(),
  /** Whole minor units. */
  amount: model.bigNumber(),
  iban: model.text().nullable(),
  iban_holder: model.text().nullable(),
})
