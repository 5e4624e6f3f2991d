import { createImeceClient } from "@imece/client"
import { BACKEND_URL, PUBLISHABLE_KEY } from "../config"

/** The one client of the storefront; a shopper's JWT has its own key, apart from staff's. */
export const client = createImeceClient({
  baseUrl: BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  jwtTokenStorageKey: "imece_shopper_jwt",
})
