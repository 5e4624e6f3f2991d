import type { MedusaNextFunction } from "@medusajs/framework/http"
import Redis from "ioredis"
import { rateLimit, type RateLimitedResponse } from "./rate-limit"

/** The Redis this machine runs (see `.ci/run`); another server's counter is simulated on it. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

function call(middleware: ReturnType<typeof rateLimit>, ip: string) {
  const res: RateLimitedResponse & {
    statusCode: number
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
  }
  const next = jest.fn()
  const passOn: MedusaNextFunction = () => next()
  return middleware({ ip }, res, passOn).then(() => ({
    res,
    passed: next.mock.calls.length === 1,
  }))
}

const limiter = (name: string) =>
  rateLimit({
    name,
    limitVariable: "TEST_RATE_LIMIT",
    defaultLimit: 2,
    windowSeconds: 3600,
    message: (minutes) => `Try again in ${minutes} minutes.`,
  })

describe("rate limit", () => {
  const originalRedisUrl = process.env.REDIS_URL
  afterEach(() => {
    process.env.REDIS_URL = originalRedisUrl
  })

  it("counts per address in memory without Redis, then answers 429 with Retry-After", async () => {
    delete process.env.REDIS_URL
    const middleware = limiter(`memory-${Date.now()}`)
    expect((await call(middleware, "10.0.0.1")).passed).toBe(true)
    expect((await call(middleware, "10.0.0.1")).passed).toBe(true)
    const refused = await call(middleware, "10.0.0.1")
    expect(refused.passed).toBe(false)
    expect(refused.res.statusCode).toBe(429)
    expect(Number(refused.res.headers["Retry-After"])).toBeGreaterThan(0)
    expect(refused.res.body).toEqual({
      type: "too_many_requests",
      message: expect.stringMatching(/^Try again in \d+ minutes\.$/),
    })
    expect((await call(middleware, "10.0.0.2")).passed).toBe(true)
  })

  it("shares the count through Redis, so another server's requests count too", async () => {
    process.env.REDIS_URL = REDIS_URL
    const name = `redis-${Date.now()}`
    const otherServer = new Redis(REDIS_URL)
    try {
      const window = Math.floor(Date.now() / 1000 / 3600)
      const key = `imece:rate:${name}:10.0.0.3:${window}`
      await otherServer.incr(key)

      const middleware = limiter(name)
      expect((await call(middleware, "10.0.0.3")).passed).toBe(true)
      const refused = await call(middleware, "10.0.0.3")
      expect(refused.res.statusCode).toBe(429)
      expect(Number(await otherServer.get(key))).toBe(3)
      expect(await otherServer.ttl(key)).toBeGreaterThan(0)
    } finally {
      otherServer.disconnect()
    }
  })
})
