import { defineConfig, loadEnv, MedusaError } from "@medusajs/framework/utils"
import { trustedProxies } from "./src/api/utils/client-address"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * Development defaults. Production refuses to start with them, so a deployment cannot go live
 * with a secret that is printed in this file.
 */
const DEVELOPMENT_SECRET = "imece-development-secret"
const isProduction = process.env.NODE_ENV === "production"

const jwtSecret = process.env.JWT_SECRET || DEVELOPMENT_SECRET
const cookieSecret = process.env.COOKIE_SECRET || DEVELOPMENT_SECRET

if (isProduction && (jwtSecret === DEVELOPMENT_SECRET || cookieSecret === DEVELOPMENT_SECRET)) {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "JWT_SECRET and COOKIE_SECRET must be set to secrets of your own when NODE_ENV=production."
  )
}

// The proxies whose X-Forwarded-For the rate limits believe (docs/operations.md).
try {
  trustedProxies(process.env.TRUSTED_PROXIES)
} catch (error) {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `TRUSTED_PROXIES must be a number of proxies, or their addresses and ranges separated by commas: ${error instanceof Error ? error.message : String(error)}`
  )
}

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:5173"
const adminUrl = process.env.ADMIN_URL || "http://localhost:5174"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const redisUrl = process.env.REDIS_URL

/**
 * In production Medusa marks the session cookie of its dashboard (/app) Secure, which a browser
 * never gets over plain http, so staff could not stay logged in. `npm start` runs the production
 * build on http://localhost and says so with IMECE_LOCAL_DEMO; everywhere else the cookie stays
 * Secure, and the switch is refused for any backend but this machine's.
 */
const localDemo = process.env.IMECE_LOCAL_DEMO === "true"
if (localDemo && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(backendUrl)) {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "IMECE_LOCAL_DEMO is only for npm start on this machine: MEDUSA_BACKEND_URL must be http://localhost:<port>."
  )
}

/** With Redis, events, workflows, locks and cache are shared by every server and worker. */
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              // Checkouts of one product take turns on its stock lock. Medusa waits 5 s for it
              // by default, and then refuses a shopper although stock is left; they wait as long
              // as for the cart's own lock instead.
              options: { redisUrl, waitLockingTimeout: 30 },
            },
          ],
        },
      },
    ]
  : []

/**
 * Mail goes out through SendGrid when it is configured; otherwise the local provider only logs
 * it and the notification table is the outbox (development, tests, the demo).
 */
const mailProvider = process.env.SENDGRID_API_KEY
  ? {
      resolve: "@medusajs/medusa/notification-sendgrid",
      id: "sendgrid",
      options: {
        channels: ["email"],
        api_key: process.env.SENDGRID_API_KEY,
        from: process.env.MAIL_FROM || "İmece <noreply@imece.local>",
      },
    }
  : {
      resolve: "@medusajs/medusa/notification-local",
      id: "local",
      options: { channels: ["email"] },
    }

/**
 * Cash on delivery and bank transfer work with no configuration (the demo and tests check out
 * with them); the cooperative's account comes from the environment, with a demo account
 * otherwise. Cards go through Stripe only when its keys are set. `STRIPE_API_URL` points the
 * Stripe client elsewhere (a local stand-in in tests, or stripe-mock).
 */
if (isProduction && !process.env.COOPERATIVE_IBAN) {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "COOPERATIVE_IBAN must be set when NODE_ENV=production: shoppers paying by bank transfer send money to it."
  )
}
const stripeApiUrl = process.env.STRIPE_API_URL ? new URL(process.env.STRIPE_API_URL) : undefined
const paymentProviders = [
  {
    resolve: "./src/modules/payment-offline",
    id: "offline",
    options: {
      iban: process.env.COOPERATIVE_IBAN || "TR33 0006 1005 1978 6457 8413 26",
      accountHolder: process.env.COOPERATIVE_ACCOUNT_HOLDER || "İmece Kadın Kooperatifi",
      bankName: process.env.COOPERATIVE_BANK_NAME || "Demo Bankası",
    },
  },
  ...(process.env.STRIPE_API_KEY && process.env.STRIPE_WEBHOOK_SECRET
    ? [
        {
          resolve: "./src/modules/payment-stripe",
          id: "stripe",
          options: {
            apiKey: process.env.STRIPE_API_KEY,
            webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
            ...(stripeApiUrl && {
              apiHost: stripeApiUrl.hostname,
              apiPort: Number(stripeApiUrl.port) || undefined,
              apiProtocol: stripeApiUrl.protocol.replace(":", ""),
            }),
          },
        },
      ]
    : []),
]

/**
 * Uploads go to S3-compatible storage (MinIO, AWS S3, R2…) when S3_BUCKET is set, so that every
 * API server finds every photo; otherwise the backend keeps them in its own folder and serves
 * them at /static (npm start, tests, one server).
 */
const s3 = {
  bucket: process.env.S3_BUCKET,
  fileUrl: process.env.S3_FILE_URL,
  endpoint: process.env.S3_ENDPOINT,
  accessKeyId: process.env.S3_ACCESS_KEY_ID,
  secretAccessKey: process.env.S3_SECRET_ACCESS_KEY,
}
if (s3.bucket && !(s3.fileUrl && s3.accessKeyId && s3.secretAccessKey)) {
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "S3_BUCKET needs S3_FILE_URL (the public address of the bucket's files), S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY."
  )
}
const fileProvider = s3.bucket
  ? {
      resolve: "./src/modules/file-s3",
      id: "s3",
      options: {
        bucket: s3.bucket,
        file_url: s3.fileUrl!.replace(/\/+$/, ""),
        region: process.env.S3_REGION || "us-east-1",
        endpoint: s3.endpoint,
        access_key_id: s3.accessKeyId,
        secret_access_key: s3.secretAccessKey,
        // MinIO and most stores of one's own answer at endpoint/bucket, not at bucket.endpoint.
        additional_client_config: { forcePathStyle: Boolean(s3.endpoint) },
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { upload_dir: "static", backend_url: `${backendUrl}/static` },
    }

/**
 * Passwords are hashed with scrypt at Medusa's cost (2^15: about half a second of a core), the
 * right price for a login. The HTTP tests register and log in hundreds of accounts, where that
 * price was a third of their time; under NODE_ENV=test they take the same path at 2^10.
 */
const passwordHashing =
  process.env.NODE_ENV === "test" ? { hashConfig: { logN: 10, r: 8, p: 1 } } : {}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL || "postgres://postgres@localhost:5432/imece",
    databaseDriverOptions:
      process.env.DATABASE_SSL === "true"
        ? { connection: { ssl: { rejectUnauthorized: false } } }
        : { connection: { ssl: false } },
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || [adminUrl, backendUrl].join(","),
      authCors: process.env.AUTH_CORS || [storefrontUrl, adminUrl, backendUrl].join(","),
      jwtSecret,
      cookieSecret,
      // Shoppers and producers are on mobile networks: a list of one product goes 2.9 → 0.9 KB.
      compression: { enabled: true },
    },
    ...(localDemo && { cookieOptions: { secure: false } }),
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    // The dashboard is served by this backend at /app, so it calls its own origin. A URL baked in
    // at build time would be wrong on any other port or host (npm start picks free ports).
    backendUrl: "/",
  },
  modules: [
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/producer-application" },
    { resolve: "./src/modules/cooperative" },
    { resolve: "./src/modules/producer-order" },
    { resolve: "./src/modules/commission" },
    { resolve: "./src/modules/payment-webhook" },
    { resolve: "./src/modules/payment-reconciliation" },
    { resolve: "./src/modules/producer-ledger" },
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass", options: passwordHashing },
        ],
      },
    },
    { resolve: "@medusajs/medusa/file", options: { providers: [fileProvider] } },
    {
      // Each producer sends her own parcel: shipping is priced per producer in the cart.
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/shipping-per-producer", id: "per-producer" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [mailProvider],
      },
    },
    // A product's title and description in each language she writes (tr, fa, en); the store
    // answers in the shopper's language with `?locale=`. Medusa keeps this behind a flag.
    { resolve: "@medusajs/medusa/translation" },
    {
      // Product search in PostgreSQL, indexes in src/search. Medusa's Postgres provider makes
      // the search tables; ours ("imece-search", on top of it) folds Turkish, Persian and
      // Arabic spellings and ranks exact words above typos. The indexes use ours.
      resolve: "@medusajs/medusa/search",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/search-postgres", id: "postgres" },
          { resolve: "./src/modules/product-search", id: "imece", options: { language: "simple" } },
        ],
        default_provider: "imece-search",
      },
    },
    ...redisModules,
  ],
  featureFlags: { translation: true },
})
