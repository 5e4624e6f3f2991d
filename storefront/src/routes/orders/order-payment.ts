import type { StoreOrderWithParts } from "@imece/client"
import { paymentMethodOf, type PaymentMethod } from "../checkout/checkout-address"

/** The cooperative's account and the reference she writes when paying by bank transfer. */
export interface BankTransferDetails {
  iban: string
  account_holder: string
  bank_name: string | null
  reference: string
}

export interface OrderPayment {
  method: PaymentMethod | null
  paid: boolean
  /** Her card is authorized for the amount; the cooperative captures it later. */
  authorized: boolean
  bankTransfer: BankTransferDetails | null
}

/** How her order is paid, and what she still has to do for it. */
export function paymentOf(order: StoreOrderWithParts): OrderPayment {
  const sessions = (order.payment_collections ?? []).flatMap(
    (collection) => collection.payment_sessions ?? []
  )
  const session = sessions.find((candidate) => candidate.status === "authorized") ?? sessions[0]
  const data = session?.data ?? {}
  const bankTransfer =
    typeof data.iban === "string" &&
    typeof data.reference === "string" &&
    typeof data.account_holder === "string"
      ? {
          iban: data.iban,
          account_holder: data.account_holder,
          bank_name: typeof data.bank_name === "string" ? data.bank_name : null,
          reference: data.reference,
        }
      : null
  return {
    method: session ? paymentMethodOf(session.provider_id) : null,
    paid: ["captured", "partially_refunded", "refunded"].includes(order.payment_status),
    authorized: order.payment_status === "authorized",
    bankTransfer,
  }
}
