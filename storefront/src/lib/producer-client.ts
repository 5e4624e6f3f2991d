import { createImeceClient } from "@imece/client"
import { BACKEND_URL, PUBLISHABLE_KEY } from "../config"

/**
 * A producer manages her shop from the storefront, but her login is not a shopper's: it is kept
 * under its own key so the two never mix on a shared phone.
 */
export const producerClient = createImeceClient({
  baseUrl: BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  jwtTokenStorageKey: "imece_producer_jwt",
})
