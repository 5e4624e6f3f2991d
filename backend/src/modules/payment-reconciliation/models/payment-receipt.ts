import { model } from "@medusajs/framework/utils"

/** How a receipt compares with what the payment is due, counting the receipts before it. */
export const PAYMENT_RECEIPT_OUTCOMES = ["matched", "short", "over"] as const
export const PAYMENT_RECEIPT_METHODS = ["bank_transfer", "cash_on_delivery"] as const

/**
 * Money staff saw arrive for an order paid away from the site: a transfer on the cooperative's
 * statement or the cash a courier handed over. When the receipts of a payment add up to what it
 * is due, the payment is captured; otherwise the last receipt says by how much they fall short
 * or go over, and the order stays unpaid until someone sorts it out.
 */
export const PaymentReceipt = model
  .define("payment_receipt", {
    id: model.id({ prefix: "payrcpt" }).primaryKey(),
    /** Medusa's payment (and its order) the money is for. */
    payment_id: model.text(),
    order_id: model.text(),
    method: model.enum([...PAYMENT_RECEIPT_METHODS]),
    /** In the main unit of `currency_code` (lira, euro), as Medusa keeps amounts. */
    amount: model.bigNumber(),
    currency_code: model.text(),
    /** The day the money arrived, never later than the day it is recorded. */
    received_at: model.dateTime(),
    /** The transfer's description on the statement, or the courier's receipt number. */
    reference: model.text(),
    note: model.text().nullable(),
    /** The staff member (user id) who recorded it. */
    recorded_by: model.text(),
    outcome: model.enum([...PAYMENT_RECEIPT_OUTCOMES]),
  })
  .indexes([{ on: ["payment_id"] }])
