/** The ways a shopper pays that happen away from the site: staff record the money arriving. */
export const OFFLINE_PAYMENT_METHODS = ["bank_transfer", "cash_on_delivery"] as const
export type OfflinePaymentMethod = (typeof OFFLINE_PAYMENT_METHODS)[number]

/**
 * What a bank-transfer payment session (and the order's payment) carries for the shopper: the
 * cooperative's account and the reference she writes on the transfer ("IMC-7K2Q9X").
 */
export interface BankTransferDetails {
  iban: string
  account_holder: string
  bank_name: string
  reference: string
}

/** How the money received for a payment compares with what it is due. */
export const PAYMENT_RECEIPT_OUTCOMES = ["matched", "short", "over"] as const
export type PaymentReceiptOutcome = (typeof PAYMENT_RECEIPT_OUTCOMES)[number]

/**
 * Money staff saw arrive for an order: a transfer on the cooperative's statement or the cash a
 * courier handed over. `outcome` compares all the payment's receipts so far with what it is due.
 */
export interface AdminPaymentReceipt {
  id: string
  payment_id: string
  order_id: string
  method: OfflinePaymentMethod
  /** Main units of `currency_code`. */
  amount: number
  currency_code: string
  /** The day the money arrived. */
  received_at: string
  /** The transfer's description on the statement, or the courier's receipt number. */
  reference: string
  note: string | null
  /** The staff member's user id. */
  recorded_by: string
  outcome: PaymentReceiptOutcome
  created_at: string
}

/**
 * An order whose payment is authorized and not yet taken, as `/admin/pending-payments` lists it.
 * Staff record the money that arrives (`POST /admin/pending-payments/:id/receipts`); once the
 * receipts add up to `amount`, the payment is captured and the order leaves the list.
 */
export interface AdminPendingPayment {
  /** The payment's id. */
  id: string
  method: OfflinePaymentMethod
  /** The bank transfer's reference; null for cash on delivery. */
  reference: string | null
  /** What the order is due, in main units of `currency_code` (lira, euro). */
  amount: number
  currency_code: string
  /** When the order was placed and the payment authorized. */
  created_at: string
  /** Whole days since then: how long the money has been awaited. */
  age_days: number
  /** The sum of the receipts recorded so far. */
  amount_received: number
  /**
   * "short" or "over" when money was recorded but does not add up to `amount` (by `difference`,
   * received minus due); null when nothing was recorded yet, or when it matched.
   */
  flag: Exclude<PaymentReceiptOutcome, "matched"> | null
  difference: number
  /** The receipts recorded so far, the oldest first. */
  receipts: AdminPaymentReceipt[]
  /** When the payment was captured: set once the receipts matched what it is due. */
  captured_at: string | null
  order: {
    id: string
    display_id: number
    email: string | null
    /** Who the parcel goes to. */
    customer_name: string | null
  } | null
}

export interface AdminPendingPaymentListParams {
  limit?: number
  offset?: number
  method?: OfflinePaymentMethod
}

export interface AdminPendingPaymentListResponse {
  payments: AdminPendingPayment[]
  count: number
  offset: number
  limit: number
}

/** Money received for a payment, as staff record it. */
export interface AdminRecordPaymentReceiptBody {
  /** Main units of the order's currency, at most two decimals (540 or 540.50). */
  amount: number
  /** The day the money arrived (`YYYY-MM-DD`, the cooperative's day) or an ISO date-time; not later than now. */
  received_at: string
  reference: string
  note?: string | null
}

export interface AdminRecordPaymentReceiptResponse {
  payment_receipt: AdminPaymentReceipt
  /** The payment after the receipt: captured when it matched, otherwise still flagged. */
  payment: AdminPendingPayment
}
