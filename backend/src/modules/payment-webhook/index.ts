import { Module } from "@medusajs/framework/utils"
import PaymentWebhookModuleService from "./service"

export const PAYMENT_WEBHOOK_MODULE = "payment_webhook"

export default Module(PAYMENT_WEBHOOK_MODULE, {
  service: PaymentWebhookModuleService,
})
