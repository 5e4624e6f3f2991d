import { resolveRuntimeConfig } from "@imece/client"

export const { backendUrl: BACKEND_URL } = resolveRuntimeConfig({
  backendUrl: import.meta.env.VITE_MEDUSA_BACKEND_URL,
})
