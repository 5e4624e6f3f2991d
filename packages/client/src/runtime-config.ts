/** What the static server writes into index.html in place of `<!--IMECE_CONFIG-->`. */
export interface RuntimeConfig {
  backendUrl?: string
  publishableKey?: string
  /** Stripe's publishable key (`pk_…`); cards are offered only when it is set. */
  stripePublishableKey?: string
}

declare global {
  interface Window {
    __IMECE_CONFIG__?: RuntimeConfig
  }
}

/**
 * Where the backend is and the storefront's keys. The static server injects them at serve time so
 * one build works on every host and port; the VITE_ variables serve `vite dev`. Empty values
 * fall through, as an unset environment variable may be injected as "".
 */
export function resolveRuntimeConfig(devConfig: RuntimeConfig): Required<RuntimeConfig> {
  const injected = typeof window === "undefined" ? undefined : window.__IMECE_CONFIG__
  return {
    backendUrl: injected?.backendUrl || devConfig.backendUrl || "http://localhost:9000",
    publishableKey: injected?.publishableKey || devConfig.publishableKey || "",
    stripePublishableKey: injected?.stripePublishableKey || devConfig.stripePublishableKey || "",
  }
}
