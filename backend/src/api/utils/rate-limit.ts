import type { MedusaNextFunction, MedusaRequest } from "@medusajs/framework/http"
import Redis from "ioredis"

interface RateLimitOptions {
  /** Names the counter, e.g. "producer-application". */
  name: string
  /** Requests allowed per window; read from this variable so each deployment can tune it. */
  limitVariable: string
  defaultLimit: number
  windowSeconds: number
  message: (minutes: number) => string
}

let redis: Redis | undefined
const memory = new Map<string, number>()

function countInMemory(key: string): number {
  const total = (memory.get(key) ?? 0) + 1
  memory.set(key, total)
  return total
}

/**
 * Counts a request in a fixed window and returns the count so far. With REDIS_URL every server
 * shares the counter; without it each process counts on its own, which suits one server. When
 * Redis cannot answer, this process counts alone rather than turn visitors away with a 500.
 */
async function count(key: string, windowSeconds: number): Promise<number> {
  if (!process.env.REDIS_URL) {
    return countInMemory(key)
  }
  redis ??= new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 })
  try {
    const [[error, total]] = (await redis
      .multi()
      .incr(key)
      .expire(key, windowSeconds, "NX")
      .exec()) ?? [[null, 0]]
    if (error) {
      throw error
    }
    return Number(total)
  } catch {
    return countInMemory(key)
  }
}

/** What the limiter uses of the response: a header and a JSON body with a status. */
export interface RateLimitedResponse {
  setHeader(name: string, value: string): unknown
  status(code: number): { json(body: unknown): unknown }
}

/** Answers 429 with Retry-After once a visitor (by IP) has used up her requests for the window. */
export function rateLimit(options: RateLimitOptions) {
  return async function rateLimited(
    req: Pick<MedusaRequest, "ip">,
    res: RateLimitedResponse,
    next: MedusaNextFunction
  ) {
    const limit = Number(process.env[options.limitVariable] ?? options.defaultLimit)
    const now = Math.floor(Date.now() / 1000)
    const window = Math.floor(now / options.windowSeconds)
    const key = `imece:rate:${options.name}:${req.ip}:${window}`
    if ((await count(key, options.windowSeconds)) <= limit) {
      return next()
    }
    const retryAfter = (window + 1) * options.windowSeconds - now
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: options.message(Math.ceil(retryAfter / 60)),
    })
  }
}
