/**
 * The offline methods by name, and the ids Medusa gives their providers (`pp_<identifier>_<id>`,
 * registered with the id `offline`). Also what the admin API calls them.
 */
export const OFFLINE_PAYMENT_METHODS = ["bank_transfer", "cash_on_delivery"] as const
export type OfflinePaymentMethodName = (typeof OFFLINE_PAYMENT_METHODS)[number]

export const OFFLINE_PAYMENT_PROVIDER = "offline"
export const CASH_ON_DELIVERY_PROVIDER_ID = "pp_cash-on-delivery_offline"
export const BANK_TRANSFER_PROVIDER_ID = "pp_bank-transfer_offline"

const PROVIDER_IDS: Record<OfflinePaymentMethodName, string> = {
  bank_transfer: BANK_TRANSFER_PROVIDER_ID,
  cash_on_delivery: CASH_ON_DELIVERY_PROVIDER_ID,
}

export const offlinePaymentProviderId = (method: OfflinePaymentMethodName): string =>
  PROVIDER_IDS[method]

export const offlinePaymentMethodOf = (providerId: string): OfflinePaymentMethodName | null =>
  OFFLINE_PAYMENT_METHODS.find((method) => PROVIDER_IDS[method] === providerId) ?? null
