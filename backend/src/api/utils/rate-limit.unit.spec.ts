import { IncomingMessage } from "node:http"
import { Socket } from "node:net"
import type { MedusaNextFunction } from "@medusajs/framework/http"
import Redis from "ioredis"
import { clientAddress, trustedProxies } from "./client-address"
import {
  perAccount,
  perAddressAndAccount,
  rateLimit,
  type RateLimitedRequest,
  type RateLimitedResponse,
} from "./rate-limit"

/** The Redis this machine runs (see `.ci/run`); another server's counter is simulated on it. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

type Middleware = ReturnType<typeof rateLimit>

/** A request as Node hands it over: from `ip`, with these headers and body. */
function request({
  ip,
  body,
  headers = {},
}: {
  ip: string
  body?: unknown
  headers?: Record<string, string>
}): RateLimitedRequest {
  const socket = new Socket()
  Object.defineProperty(socket, "remoteAddress", { value: ip })
  const req = new IncomingMessage(socket)
  req.headers = headers
  return Object.assign(req, { body })
}

/**
 * Sends one request through the limiter; when it is let through, the route answers `answer`
 * (200 unless told) and the response finishes, as Express would.
 */
async function call(
  middleware: Middleware,
  sent: Parameters<typeof request>[0],
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
  await middleware(request(sent), res, passOn)
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

  it("refuses with the code the front ends translate and the minutes to wait, when given one", async () => {
    delete process.env.REDIS_URL
    const middleware = limiter(`coded-${Date.now()}`, {
      defaultLimit: 0,
      code: "too_many_sign_ins",
    })
    const refused = await call(middleware, { ip: "10.0.0.1" })
    const minutes = Math.ceil(Number(refused.res.headers["Retry-After"]) / 60)
    expect(refused.res.body).toEqual({
      type: "too_many_requests",
      message: `Try again in ${minutes} minutes.`,
      code: "too_many_sign_ins",
      params: { minutes },
    })
  })

  it("counts one account from each address apart", async () => {
    delete process.env.REDIS_URL
    const middleware = limiter(`pair-${Date.now()}`, { key: perAddressAndAccount("email") })
    const ayse = { email: "ayse@example.com" }
    await call(middleware, { ip: "10.0.0.1", body: ayse })
    await call(middleware, { ip: "10.0.0.1", body: { email: " AYSE@example.com" } })
    expect((await call(middleware, { ip: "10.0.0.1", body: ayse })).passed).toBe(false)
    expect(
      (await call(middleware, { ip: "10.0.0.1", body: { email: "zehra@x.com" } })).passed
    ).toBe(true)
    expect((await call(middleware, { ip: "10.0.0.2", body: ayse })).passed).toBe(true)
  })

  it("slows down past the limit when told, twice as long each time up to its ceiling, and never refuses", async () => {
    delete process.env.REDIS_URL
    jest.useFakeTimers({ now: Math.floor(Date.now() / 3_600_000) * 3_600_000 + 1000 })
    try {
      const middleware = rateLimit({
        name: `slow-${Date.now()}`,
        limitVariable: "TEST_RATE_LIMIT",
        defaultLimit: 2,
        windowSeconds: 3600,
        failuresOnly: true,
        slowDownUpToSeconds: 3,
      })
      const waited = async (answer: number) => {
        let settled = false
        const pending = call(middleware, { ip: "10.0.0.1" }, answer).then((result) => {
          settled = true
          return result
        })
        await jest.advanceTimersByTimeAsync(0)
        let seconds = 0
        while (!settled) {
          await jest.advanceTimersByTimeAsync(1000)
          seconds += 1
        }
        const { passed } = await pending
        return { passed, seconds }
      }
      expect(await waited(401)).toEqual({ passed: true, seconds: 0 })
      expect(await waited(401)).toEqual({ passed: true, seconds: 0 })
      expect(await waited(401)).toEqual({ passed: true, seconds: 1 })
      expect(await waited(401)).toEqual({ passed: true, seconds: 2 })
      expect(await waited(401)).toEqual({ passed: true, seconds: 3 })
      expect(await waited(401)).toEqual({ passed: true, seconds: 3 })
      // The right password waits too, then gets in and gives its count back.
      expect(await waited(200)).toEqual({ passed: true, seconds: 3 })
      expect(await waited(401)).toEqual({ passed: true, seconds: 3 })
    } finally {
      jest.useRealTimers()
    }
  })

  it("keeps e-mails out of the counter's key", () => {
    const key = perAccount("email")(
      request({ ip: "10.0.0.1", body: { email: "ayse@example.com" } })
    )
    expect(key).toMatch(/^[0-9a-f]{32}$/)
    expect(perAccount("email")(request({ ip: "10.0.0.1", body: { email: 42 } }))).toBeUndefined()
    expect(perAccount("email")(request({ ip: "10.0.0.1", body: undefined }))).toBeUndefined()
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

describe("the visitor's address", () => {
  const setTrustedProxies = (setting: string | undefined) => {
    if (setting === undefined) {
      delete process.env.TRUSTED_PROXIES
    } else {
      process.env.TRUSTED_PROXIES = setting
    }
  }
  const behind = (ip: string, forwarded?: string) =>
    request({ ip, headers: forwarded ? { "x-forwarded-for": forwarded } : {} })
  /** What a backend started with this TRUSTED_PROXIES takes for the address of `req`. */
  const addressWith = (setting: string | undefined, req: RateLimitedRequest) => {
    const original = process.env.TRUSTED_PROXIES
    try {
      setTrustedProxies(setting)
      let address: string | undefined
      jest.isolateModules(() => {
        address = jest
          .requireActual<typeof import("./client-address")>("./client-address")
          .clientAddress(req)
      })
      return address
    } finally {
      setTrustedProxies(original)
    }
  }

  it("is the connection's, whatever X-Forwarded-For says, unless proxies are trusted", async () => {
    expect(addressWith(undefined, behind("198.51.100.7", "203.0.113.1"))).toBe("198.51.100.7")
    expect(addressWith("", behind("198.51.100.7", "203.0.113.1"))).toBe("198.51.100.7")

    // A new header value on each request is the same visitor.
    delete process.env.REDIS_URL
    const middleware = limiter(`forwarded-${Date.now()}`)
    for (const forwarded of ["203.0.113.1", "203.0.113.2"]) {
      const sent = { ip: "198.51.100.7", headers: { "x-forwarded-for": forwarded } }
      expect((await call(middleware, sent)).passed).toBe(true)
    }
    const third = { ip: "198.51.100.7", headers: { "x-forwarded-for": "203.0.113.3" } }
    expect((await call(middleware, third)).passed).toBe(false)
  })

  it("is as many hops back as TRUSTED_PROXIES counts", () => {
    const req = behind("10.0.0.2", "203.0.113.9, 198.51.100.1, 10.0.0.1")
    expect(addressWith("1", req)).toBe("10.0.0.1")
    expect(addressWith("2", req)).toBe("198.51.100.1")
    expect(addressWith("9", req)).toBe("203.0.113.9")
  })

  it("is the last address no trusted proxy sent, and the connection's when it is none of them", () => {
    const proxies = "10.0.0.0/8, loopback"
    expect(addressWith(proxies, behind("10.0.0.2", "203.0.113.9, 198.51.100.1, 10.0.0.1"))).toBe(
      "198.51.100.1"
    )
    expect(addressWith(proxies, behind("127.0.0.1", "203.0.113.9"))).toBe("203.0.113.9")
    // Someone who goes around the proxy is counted by her own address.
    expect(addressWith(proxies, behind("198.51.100.50", "10.0.0.9"))).toBe("198.51.100.50")
  })

  it("cannot be read from a setting that names no address", () => {
    expect(() => trustedProxies("the load balancer")).toThrow()
  })

  it("is read from TRUSTED_PROXIES once", () => {
    const req = behind("10.0.0.2", "203.0.113.9")
    const original = process.env.TRUSTED_PROXIES
    try {
      setTrustedProxies(undefined)
      expect(clientAddress(req)).toBe("10.0.0.2")
      setTrustedProxies("1")
      expect(clientAddress(req)).toBe("10.0.0.2")
    } finally {
      setTrustedProxies(original)
    }
  })
})
