import type { ConfigModule } from "@medusajs/framework/types"

const environment = { ...process.env }
// Loaded once: evaluating Medusa's utilities again for each configuration took seconds apiece.
const medusaUtils = jest.requireActual("@medusajs/framework/utils")

function loadConfig(env: Record<string, string | undefined>): ConfigModule {
  process.env = { ...environment, ...env }
  let config: ConfigModule | undefined
  jest.isolateModules(() => {
    jest.doMock("@medusajs/framework/utils", () => medusaUtils)
    config = require("./medusa-config")
  })
  if (!config) {
    throw new Error("medusa-config exported nothing")
  }
  return config
}

afterEach(() => {
  process.env = { ...environment }
})

describe("medusa-config", () => {
  it("refuses to start in production with the development secrets", () => {
    expect(() =>
      loadConfig({ NODE_ENV: "production", JWT_SECRET: undefined, COOKIE_SECRET: undefined })
    ).toThrow(/JWT_SECRET and COOKIE_SECRET/)
    expect(() =>
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "a-real-secret", COOKIE_SECRET: undefined })
    ).toThrow(/JWT_SECRET and COOKIE_SECRET/)
  })

  it("refuses to start with proxies the rate limits cannot read", () => {
    expect(() => loadConfig({ TRUSTED_PROXIES: "the load balancer" })).toThrow(/TRUSTED_PROXIES/)
    expect(() => loadConfig({ TRUSTED_PROXIES: "10.0.0.0/8, loopback" })).not.toThrow()
    expect(() => loadConfig({ TRUSTED_PROXIES: "1" })).not.toThrow()
  })

  it("starts in production with secrets and the cooperative's own account", () => {
    const production = {
      NODE_ENV: "production",
      JWT_SECRET: "jwt-secret",
      COOKIE_SECRET: "cookie-secret",
    }
    expect(() => loadConfig({ ...production, COOPERATIVE_IBAN: undefined })).toThrow(
      /COOPERATIVE_IBAN/
    )
    const config = loadConfig({ ...production, COOPERATIVE_IBAN: "TR330006100519786457841326" })
    expect(config.projectConfig.http.jwtSecret).toBe("jwt-secret")
  })

  it("hashes passwords at scrypt's full cost everywhere but the tests", () => {
    const emailpassOf = (config: ConfigModule) => {
      const modules = config.modules as Record<string, { options?: { providers?: unknown[] } }>
      return modules.auth.options?.providers?.[0] as { id: string; options: object }
    }
    const production = loadConfig({
      NODE_ENV: "production",
      JWT_SECRET: "jwt-secret",
      COOKIE_SECRET: "cookie-secret",
      COOPERATIVE_IBAN: "TR330006100519786457841326",
    })
    expect(emailpassOf(production)).toEqual(
      expect.objectContaining({ id: "emailpass", options: {} })
    )
    expect(emailpassOf(loadConfig({ NODE_ENV: "development" })).options).toEqual({})
    expect(emailpassOf(loadConfig({ NODE_ENV: "test" })).options).toEqual({
      hashConfig: { logN: 10, r: 8, p: 1 },
    })
  })

  it("sends mail through SendGrid when it is configured, else keeps it in the local outbox", () => {
    const providersOf = (config: ConfigModule) => JSON.stringify(config.modules)

    const local = loadConfig({ SENDGRID_API_KEY: undefined })
    expect(providersOf(local)).toContain("notification-local")
    expect(providersOf(local)).not.toContain("notification-sendgrid")

    const sendgrid = loadConfig({ SENDGRID_API_KEY: "SG.key", MAIL_FROM: "kooperatif@example.org" })
    expect(providersOf(sendgrid)).toContain("notification-sendgrid")
    expect(providersOf(sendgrid)).toContain("kooperatif@example.org")
    expect(providersOf(sendgrid)).not.toContain("notification-local")
  })

  it("uses the in-memory modules without Redis and Redis ones with REDIS_URL", () => {
    const modulesOf = (config: ConfigModule) => JSON.stringify(config.modules)

    const withoutRedis = loadConfig({ REDIS_URL: undefined })
    expect(modulesOf(withoutRedis)).not.toContain("redis")

    const withRedis = loadConfig({ REDIS_URL: "redis://localhost:6379" })
    for (const module of [
      "event-bus-redis",
      "workflow-engine-redis",
      "cache-redis",
      "locking-redis",
    ]) {
      expect(modulesOf(withRedis)).toContain(module)
    }
    expect(withRedis.projectConfig.redisUrl).toBe("redis://localhost:6379")
  })

  it("keeps uploads in S3-compatible storage when a bucket is set, else in the backend's folder", () => {
    const fileProviderOf = (config: ConfigModule) => {
      const modules = config.modules as Record<string, { options?: { providers?: unknown[] } }>
      return modules.file.options?.providers?.[0] as { resolve: string; options: object }
    }
    expect(fileProviderOf(loadConfig({ S3_BUCKET: undefined })).resolve).toBe(
      "@medusajs/medusa/file-local"
    )

    const bucket = {
      S3_BUCKET: "imece",
      S3_FILE_URL: "https://shop.example/uploads/",
      S3_ENDPOINT: "http://minio:9000",
      S3_ACCESS_KEY_ID: "imece",
      S3_SECRET_ACCESS_KEY: "a-secret",
    }
    const s3 = fileProviderOf(loadConfig(bucket))
    expect(s3.resolve).toBe("./src/modules/file-s3")
    expect(s3.options).toEqual(
      expect.objectContaining({
        bucket: "imece",
        file_url: "https://shop.example/uploads",
        endpoint: "http://minio:9000",
        additional_client_config: { forcePathStyle: true },
      })
    )
    for (const missing of ["S3_FILE_URL", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) {
      expect(() => loadConfig({ ...bucket, [missing]: undefined })).toThrow(/S3_BUCKET needs/)
    }
  })

  it("keeps /app's session cookie Secure in production unless npm start's local demo says so", () => {
    const production = {
      NODE_ENV: "production",
      JWT_SECRET: "jwt-secret",
      COOKIE_SECRET: "cookie-secret",
      COOPERATIVE_IBAN: "TR330006100519786457841326",
    }
    const deployed = loadConfig({ ...production, IMECE_LOCAL_DEMO: undefined })
    expect(deployed.projectConfig.cookieOptions).toBeUndefined()

    const demo = loadConfig({
      ...production,
      IMECE_LOCAL_DEMO: "true",
      MEDUSA_BACKEND_URL: "http://localhost:9000",
    })
    expect(demo.projectConfig.cookieOptions).toEqual({ secure: false })

    for (const backendUrl of ["https://api.example.org", "http://shop.example.org:9000"]) {
      expect(() =>
        loadConfig({ ...production, IMECE_LOCAL_DEMO: "true", MEDUSA_BACKEND_URL: backendUrl })
      ).toThrow(/IMECE_LOCAL_DEMO/)
    }
  })

  it("builds /app to call the origin it is served from, not the URL known at build time", () => {
    const config = loadConfig({ MEDUSA_BACKEND_URL: "http://localhost:9000" })
    expect(config.admin.backendUrl).toBe("/")
  })

  it("reads the database and the front ends' origins from the environment", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://u@db:5432/imece",
      STOREFRONT_URL: "https://shop.example",
      ADMIN_URL: "https://staff.example",
    })
    expect(config.projectConfig.databaseUrl).toBe("postgres://u@db:5432/imece")
    expect(config.projectConfig.http.storeCors).toBe("https://shop.example")
    expect(config.projectConfig.http.adminCors).toContain("https://staff.example")
  })
})
