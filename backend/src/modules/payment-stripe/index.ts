import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { ImeceStripeProviderService } from "./service"

/** Registered in the payment module with the id `stripe`: `pp_stripe_stripe`. */
export const STRIPE_PAYMENT_PROVIDER = "stripe"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export default ModuleProvider(Modules.PAYMENT, {
  services: [ImeceStripeProviderService],
})
