import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ProductSearchProviderService from "./service"

/** The identifier index definitions name as their `provider`. */
export const PRODUCT_SEARCH_PROVIDER = ProductSearchProviderService.identifier

export default ModuleProvider(Modules.SEARCH, {
  services: [ProductSearchProviderService],
})
