import { MedusaService } from "@medusajs/framework/utils"
import { PaymentReceipt } from "./models/payment-receipt"

class PaymentReconciliationModuleService extends MedusaService({ PaymentReceipt }) {}

export default PaymentReconciliationModuleService
