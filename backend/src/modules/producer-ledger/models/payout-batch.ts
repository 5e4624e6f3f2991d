import { model } from "@medusajs/framework/utils"
import { Payout } from "./payout"

export const PAYOUT_BATCH_STATUSES = ["confirmed", "paid", "canceled"] as const

/**
 * One round of payments to producers, for earnings available up to `period_end`. Confirming it
 * settles those earnings (no other batch can take them); marking it paid books the payouts on
 * each producer's ledger; canceling a confirmed batch frees its earnings again.
 */
export const PayoutBatch = model.define("payout_batch", {
  id: model.id({ prefix: "pobat" }).primaryKey(),
  /** The bank transfer description, e.g. IMECE-2026-11. */
  reference: model.text().unique(),
  period_start: model.dateTime(),
  period_end: model.dateTime(),
  status: model.enum([...PAYOUT_BATCH_STATUSES]).default("confirmed"),
  created_by: model.text().nullable(),
  paid_at: model.dateTime().nullable(),
  paid_by: model.text().nullable(),
  payouts: model.hasMany(() => Payout, { mappedBy: "batch" }),
})
