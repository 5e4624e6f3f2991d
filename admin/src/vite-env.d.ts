interface ImportMetaEnv {
  readonly VITE_MEDUSA_BACKEND_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** What the static server writes into index.html in place of `<!--IMECE_CONFIG-->`. */
interface Window {
  __IMECE_CONFIG__?: {
    backendUrl?: string
    publishableKey?: string
  }
}
