import { createImeceClient } from "@imece/client"
import { BACKEND_URL } from "../config"

/** The one client of the app; the staff JWT has its own key so it never mixes with a shopper's. */
export const client = createImeceClient({
  baseUrl: BACKEND_URL,
  jwtTokenStorageKey: "imece_staff_jwt",
})
