import { OfflinePaymentProvider } from "./offline-payment-provider"

/**
 * Kapıda ödeme: she pays the courier when the parcel arrives. The order is placed at checkout;
 * the payment is captured when the cash is handed over.
 */
export class CashOnDeliveryProviderService extends OfflinePaymentProvider {
  static identifier = "cash-on-delivery"

  protected sessionData(): Record<string, unknown> {
    return {}
  }
}
