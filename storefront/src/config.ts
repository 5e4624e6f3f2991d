/**
 * Where the backend is and the key of this storefront. The static server injects both at serve
 * time so one build works everywhere; the VITE_ variables serve `vite dev`. Empty values fall
 * through, as an unset environment variable may be injected as "".
 */
export const BACKEND_URL =
  window.__IMECE_CONFIG__?.backendUrl ||
  import.meta.env.VITE_MEDUSA_BACKEND_URL ||
  "http://localhost:9000"

export const PUBLISHABLE_KEY =
  window.__IMECE_CONFIG__?.publishableKey || import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY || ""
