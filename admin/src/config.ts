/**
 * Where the backend is. The static server injects it at serve time so one build works on every
 * port and host; `VITE_MEDUSA_BACKEND_URL` serves `vite dev`. Empty values fall through, as an
 * unset environment variable may be injected as "".
 */
export const BACKEND_URL =
  window.__IMECE_CONFIG__?.backendUrl ||
  import.meta.env.VITE_MEDUSA_BACKEND_URL ||
  "http://localhost:9000"
