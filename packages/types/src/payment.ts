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

/**
 * An order whose payment is authorized and not yet taken, as `/admin/pending-payments` lists it.
 * Staff mark it paid with Medusa's `POST /admin/payments/:id/capture`.
 */
export interface AdminPendingPayment {
  /** The payment's id, to capture. */
  id: string
  method: OfflinePaymentMethod
  /** The bank transfer's reference; null for cash on delivery. */
  reference: string | null
  /** Main units of `currency_code` (lira, euro). */
  amount: number
  currency_code: string
  /** When the order was placed and the payment authorized. */
  created_at: string
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
