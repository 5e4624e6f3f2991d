/** What `npm start` writes to `.data/demo.json` once everything answers. */
export interface Demo {
  urls: { backend: string; storefront: string; admin: string; medusaAdmin: string }
  publishableKey: string
  staff: { email: string; password: string }
  reviewer: { email: string; password: string }
  shopper: { email: string; password: string }
  producer: { email: string; password: string }
}

declare module "vitest" {
  export interface ProvidedContext {
    demo: Demo
    /** The local stand-in of Stripe's API the backend's card payments go to. */
    stripeApiUrl: string
    /** Where `npm start` keeps its embedded PostgreSQL, as IMECE_DATA_DIR. */
    dataDir: string
  }
}
