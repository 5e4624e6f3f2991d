import type { MedusaNextFunction } from "@medusajs/framework/http"
import Redis from "ioredis"
import { perAccount, rateLimit, type RateLimitedResponse } from "./rate-limit"

/** The Redis this machine runs (see `.ci/run`); another server's counter is simulated on it. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

type Middleware = ReturnType<typeof rateLimit>

/**
 * Sends one request through the limiter; when it is let through, the route answers `answer`
 * (200 unless told) and the response finishes, as Express would.
 */
async function call(
  middleware: Middleware,
  { ip, body }: { ip: string; body?: unknown },
  answer = 200,
  whileAnswering?: () => Promise<unknown>
) {
  const finished: (() => void)[] = []
  const res: RateLimitedResponse & {
    headers: Record<string, string>
    body: unknown
    json(body: unknown): unknown
  } = {
    statusCode: 200,
    headers: {},
    body: undefined,
    setHeader(name: string, value: string) {
      this.headers[name] = value
    },
    status(code: number) {
      this.statusCode = code
      return this
    },
    json(body: unknown) {
      this.body = body
      return this
    },
    once(_event: "finish", listener: () => void) {
      finished.push(listener)
    },
  }
  const next = jest.fn()
  const passOn: MedusaNextFunction = () => next()
  await middleware({ ip, body }, res, passOn)
  const passed = next.mock.calls.length === 1
  if (passed) {
    await whileAnswering?.()
    res.statusCode = answer
  }
  finished.forEach((listener) => listener())
  return { res, passed }
}

const limiter = (name: string, options: Partial<Parameters<typeof rateLimit>[0]> = {}) =>
  rateLimit({
    name,
    limitVariable: "TEST_RATE_LIMIT",
    defaultLimit: 2,
    windowSeconds: 3600,
    message: (minutes) => `Try again in ${minutes} minutes.`,
    ...options,
  })

describe("rate limit", () => {
  const originalRedisUrl = process.env.REDIS_URL
  afterEach(() => {
    process.env.REDIS_URL = originalRedisUrl
    delete process.env.TEST_RATE_LIMIT
    jest.restoreAllMocks()
  })

  it("counts per address in memory without Redis, then answers 429 with Retry-After", async () => {
    delete process.env.REDIS_URL
    const middleware = limiter(`memory-${Date.now()}`)
    expect((await call(middleware, { ip: "10.0.0.1" })).passed).toBe(true)
    expect((await call(middleware, { ip: "10.0.0.1" })).passed).toBe(true)
    const refused = await call(middleware, { ip: "10.0.0.1" })
    expect(refused.passed).toBe(false)
    expect(refused.res.statusCode).toBe(429)
    expect(Number(refused.res.headers["Retry-After"])).toBeGreaterThan(0)
    expect(refused.res.body).toEqual({
      type: "too_many_requests",
      message: expect.stringMatching(/^Try again in \d+ minutes\.$/),
    })
    expect((await call(middleware, { ip: "10.0.0.2" })).passed).toBe(true)
  })

  it("lets the address in again once the window has passed, as Retry-After said", async () => {
    delete process.env.REDIS_URL
    const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 10_000
    const clock = jest.spyOn(Date, "now").mockReturnValue(start)
    const middleware = limiter(`window-${start}`)
    await call(middleware, { ip: "10.0.0.1" })
    await call(middleware, { ip: "10.0.0.1" })
    const refused = await call(middleware, { ip: "10.0.0.1" })
    expect(refused.res.headers["Retry-After"]).toBe(String(3600 - 10))

    clock.mockReturnValue(start + (3600 - 10) * 1000)
    expect((await call(middleware, { ip: "10.0.0.1" })).passed).toBe(true)
  })

  it("keeps the default when the variable is not a number, rather than refuse everyone", async () => {
    delete process.env.REDIS_URL
    process.env.TEST_RATE_LIMIT = "ten"
    const middleware = limiter(`garbled-${Date.now()}`)
    expect((await call(middleware, { ip: "10.0.0.1" })).passed).toBe(true)
    expect((await call(middleware, { ip: "10.0.0.1" })).passed).toBe(true)
    expect((await call(middleware, { ip: "10.0.0.1" })).passed).toBe(false)
  })

  it("counts only failures when told: right passwords never use up the limit", async () => {
    delete process.env.REDIS_URL
    const middleware = limiter(`failures-${Date.now()}`, { failuresOnly: true })
    for (let i = 0; i < 5; i++) {
      expect((await call(middleware, { ip: "10.0.0.1" }, 200)).passed).toBe(true)
    }
    expect((await call(middleware, { ip: "10.0.0.1" }, 401)).passed).toBe(true)
    expect((await call(middleware, { ip: "10.0.0.1" }, 200)).passed).toBe(true)
    expect((await call(middleware, { ip: "10.0.0.1" }, 401)).passed).toBe(true)
    // Two failures: even the right password waits for the window now.
    expect((await call(middleware, { ip: "10.0.0.1" }, 200)).res.statusCode).toBe(429)
  })

  it("counts per account across addresses, whatever the case and spaces of the e-mail", async () => {
    delete process.env.REDIS_URL
    const middleware = limiter(`account-${Date.now()}`, { key: perAccount("email") })
    expect(
      (await call(middleware, { ip: "10.0.0.1", body: { email: "Ayse@Example.com" } })).passed
    ).toBe(true)
    await call(middleware, { ip: "10.0.0.2", body: { email: " ayse@example.com " } })
    const refused = await call(middleware, { ip: "10.0.0.3", body: { email: "AYSE@example.com" } })
    expect(refused.res.statusCode).toBe(429)
    expect(
      (await call(middleware, { ip: "10.0.0.3", body: { email: "zehra@example.com" } })).passed
    ).toBe(true)
    // Nothing to count by (no e-mail): Medusa answers the malformed request itself.
    expect((await call(middleware, { ip: "10.0.0.3", body: {} })).passed).toBe(true)
  })

  it("keeps e-mails out of the counter's key", () => {
    const key = perAccount("email")({ ip: "10.0.0.1", body: { email: "ayse@example.com" } })
    expect(key).toMatch(/^[0-9a-f]{32}$/)
    expect(perAccount("email")({ ip: "10.0.0.1", body: { email: 42 } })).toBeUndefined()
    expect(perAccount("email")({ ip: "10.0.0.1", body: undefined })).toBeUndefined()
  })

  describe("with REDIS_URL", () => {
    let redis: Redis
    const names: string[] = []
    beforeAll(() => {
      redis = new Redis(REDIS_URL)
    })
    afterAll(async () => {
      for (const name of names) {
        const keys = await redis.keys(`imece:rate:${name}:*`)
        if (keys.length) {
          await redis.del(...keys)
        }
      }
      redis.disconnect()
    })
    const uniqueName = (prefix: string) => {
      const name = `${prefix}-${process.pid}-${Date.now()}`
      names.push(name)
      return name
    }

    it("shares the count between two servers, each with its own module and connection", async () => {
      const name = uniqueName("redis-shared")
      // Two copies of the module stand for two backend processes: nothing shared but Redis.
      const load = () => {
        let loaded: typeof import("./rate-limit") | undefined
        jest.isolateModules(() => {
          loaded = jest.requireActual<typeof import("./rate-limit")>("./rate-limit")
        })
        if (!loaded) {
          throw new Error("rate-limit did not load")
        }
        return loaded.rateLimit({
          name,
          limitVariable: "TEST_RATE_LIMIT",
          defaultLimit: 3,
          windowSeconds: 3600,
          message: (minutes) => `Try again in ${minutes} minutes.`,
        })
      }
      // Without Redis the copies count apart, as two processes would.
      delete process.env.REDIS_URL
      const [alone, apart] = [load(), load()]
      for (let i = 0; i < 3; i++) {
        expect((await call(alone, { ip: "10.0.0.3" })).passed).toBe(true)
      }
      expect((await call(alone, { ip: "10.0.0.3" })).passed).toBe(false)
      expect((await call(apart, { ip: "10.0.0.3" })).passed).toBe(true)

      process.env.REDIS_URL = REDIS_URL
      const first = load()
      const second = load()
      expect((await call(first, { ip: "10.0.0.3" })).passed).toBe(true)
      expect((await call(second, { ip: "10.0.0.3" })).passed).toBe(true)
      expect((await call(first, { ip: "10.0.0.3" })).passed).toBe(true)
      const refused = await call(second, { ip: "10.0.0.3" })
      expect(refused.res.statusCode).toBe(429)
      expect(Number(refused.res.headers["Retry-After"])).toBeGreaterThan(0)
      // Neither server had reached its limit alone; a third address is untouched.
      expect((await call(second, { ip: "10.0.0.4" })).passed).toBe(true)

      const window = Math.floor(Date.now() / 1000 / 3600)
      const key = `imece:rate:${name}:10.0.0.3:${window}`
      expect(Number(await redis.get(key))).toBe(4)
      expect(await redis.ttl(key)).toBeGreaterThan(0)
    })

    it("gives successes back in Redis, and never leaves a key without expiry", async () => {
      process.env.REDIS_URL = REDIS_URL
      const name = uniqueName("redis-failures")
      const middleware = limiter(name, { failuresOnly: true })
      const window = Math.floor(Date.now() / 1000 / 3600)
      const key = `imece:rate:${name}:10.0.0.5:${window}`
      const settled = async (value: number) => {
        for (let i = 0; i < 50 && Number(await redis.get(key)) !== value; i++) {
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
        return Number(await redis.get(key))
      }

      await call(middleware, { ip: "10.0.0.5" }, 200)
      expect(await settled(0)).toBe(0)
      await call(middleware, { ip: "10.0.0.5" }, 401)
      expect(await settled(1)).toBe(1)
      expect(await redis.ttl(key)).toBeGreaterThan(0)

      // The key expires while the route answers: giving back creates no key without expiry.
      const finished = await call(middleware, { ip: "10.0.0.5" }, 200, () => redis.del(key))
      expect(finished.passed).toBe(true)
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(await redis.exists(key)).toBe(0)
    })
  })
})
