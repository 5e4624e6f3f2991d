import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ShippingPerProducerService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [ShippingPerProducerService],
})
