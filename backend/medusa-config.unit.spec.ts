import type { ConfigModule } from "@medusajs/framework/types"

const environment = { ...process.env }

function loadConfig(env: Record<string, string | undefined>): ConfigModule {
  process.env = { ...environment, ...env }
  let config: ConfigModule | undefined
  jest.isolateModules(() => {
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
