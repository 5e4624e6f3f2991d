import { resolveRuntimeConfig } from "@imece/client"

export const { backendUrl: BACKEND_URL, publishableKey: PUBLISHABLE_KEY } = resolveRuntimeConfig({
  backendUrl: import.meta.env.VITE_MEDUSA_BACKEND_URL,
  publishableKey: import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY,
})
