import { resolveRuntimeConfig } from "@imece/client"

export const {
  backendUrl: BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  stripePublishableKey: STRIPE_PUBLISHABLE_KEY,
} = resolveRuntimeConfig({
  backendUrl: import.meta.env.VITE_MEDUSA_BACKEND_URL,
  publishableKey: import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY,
  stripePublishableKey: import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY,
})
