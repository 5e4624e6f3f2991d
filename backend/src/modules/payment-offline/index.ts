import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { BankTransferProviderService } from "./services/bank-transfer"
import { CashOnDeliveryProviderService } from "./services/cash-on-delivery"

export {
  BANK_TRANSFER_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
  OFFLINE_PAYMENT_PROVIDER,
} from "./methods"

/**
 * Payments made away from the site: cash on delivery (kapıda ödeme) and bank transfer
 * (havale/EFT). Registered in the payment module with the id `offline`, so Medusa names them
 * `pp_<identifier>_offline`.
 */

export default ModuleProvider(Modules.PAYMENT, {
  services: [CashOnDeliveryProviderService, BankTransferProviderService],
})
