import { createHash } from "node:crypto"
import type { IncomingMessage } from "node:http"
import type { ErrorCode } from "@imece/types"
import type { MedusaNextFunction, MedusaRequest } from "@medusajs/framework/http"
import Redis from "ioredis"
import { clientAddress } from "./client-address"

/** What the limiter reads of a request: its connection and headers, and the body to count per account. */
export type RateLimitedRequest = IncomingMessage & Pick<MedusaRequest, "body">

/** What the limiter uses of the response: a header, a JSON body with a status, and its end. */
export interface RateLimitedResponse {
  statusCode: number
  setHeader(name: string, value: string): unknown
  status(code: number): { json(body: unknown): unknown }
  once(event: "finish", listener: () => void): unknown
}

interface CountOptions {
  /** Names the counter, e.g. "producer-application". */
  name: string
  /** Requests allowed per window; read from this variable so each deployment can tune it. */
  limitVariable: string
  defaultLimit: number
  windowSeconds: number
  /** Whom to count: the visitor's address unless told. A request with no one to count passes. */
  key?: (req: RateLimitedRequest) => string | undefined
  /**
   * Counts only the attempts that fail: an answer below 400 gives its count back, so people who
   * type their password right are never slowed, however many of them share one address.
   */
  failuresOnly?: boolean
}

interface RefuseOptions extends CountOptions {
  /** For developers: when to try again. */
  message: (minutes: number) => string
  /** What the front ends show in her language instead; `params.minutes` goes with it. */
  code?: ErrorCode
}

interface SlowDownOptions extends CountOptions {
  /**
   * Past the limit, answers later instead of refusing: 1 s for the first request over it, twice
   * as long for each next one, at most this many seconds. For counts that must never lock a
   * person out, such as sign-ins to her account that others fail from elsewhere.
   */
  slowDownUpToSeconds: number
}

type RateLimitOptions = RefuseOptions | SlowDownOptions

let redis: Redis | undefined
const memory = new Map<string, { total: number; expiresAt: number }>()
let nextSweep = 0

/** Counts in this process, forgetting windows that have passed so the map does not grow forever. */
function countInMemory(key: string, windowSeconds: number): number {
  const now = Date.now() / 1000
  if (now >= nextSweep) {
    for (const [storedKey, entry] of memory) {
      if (entry.expiresAt <= now) {
        memory.delete(storedKey)
      }
    }
    nextSweep = now + 60
  }
  const entry = memory.get(key)
  if (entry) {
    entry.total += 1
    return entry.total
  }
  memory.set(key, { total: 1, expiresAt: now + windowSeconds })
  return 1
}

/**
 * Counts a request in a fixed window and returns the count so far. With REDIS_URL every server
 * shares the counter; without it each process counts on its own, which suits one server. When
 * Redis cannot answer, this process counts alone rather than turn visitors away with a 500.
 */
async function count(key: string, windowSeconds: number): Promise<number> {
  if (!process.env.REDIS_URL) {
    return countInMemory(key, windowSeconds)
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
    return countInMemory(key, windowSeconds)
  }
}

// Only while the window's key lives: DECR on a missing key would create one without expiry.
const GIVE_BACK =
  "if redis.call('exists', KEYS[1]) == 1 then return redis.call('decr', KEYS[1]) end"

/** Takes one request off the count, wherever it was counted. */
async function giveBack(key: string): Promise<void> {
  const entry = memory.get(key)
  if (entry) {
    entry.total -= 1
    return
  }
  if (redis) {
    await redis.eval(GIVE_BACK, 1, key)
  }
}

function limitFrom(variable: string, defaultLimit: number): number {
  const limit = Number(process.env[variable] ?? defaultLimit)
  // A mistyped value must not turn everyone away: the default holds until it is a number.
  return Number.isFinite(limit) && limit >= 0 ? limit : defaultLimit
}

/** "a minute" or "12 minutes", for messages that say when to try again. */
export function inMinutes(minutes: number): string {
  return minutes === 1 ? "a minute" : `${minutes} minutes`
}

/**
 * Counts per account, by a field of the body (an e-mail), so that an attacker spread over many
 * addresses still meets the limit. Case and spaces do not make another account, and the address
 * is kept hashed so that no e-mail sits in Redis in clear.
 */
export function perAccount(field: string) {
  return ({ body }: RateLimitedRequest): string | undefined => {
    if (typeof body !== "object" || body === null) {
      return undefined
    }
    const value = (body as Record<string, unknown>)[field]
    if (typeof value !== "string" || !value.trim()) {
      return undefined
    }
    return createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 32)
  }
}

/**
 * Counts per account from each address: one address guessing one account's password meets the
 * limit, while the account's owner, from her own address, does not.
 */
export function perAddressAndAccount(field: string) {
  const account = perAccount(field)
  return (req: RateLimitedRequest): string | undefined => {
    const who = account(req)
    return who === undefined ? undefined : `${clientAddress(req)}:${who}`
  }
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000))

/**
 * Answers 429 with Retry-After once a visitor (by address, unless told) has used up the window;
 * or, with `slowDownUpToSeconds`, answers her later instead.
 */
export function rateLimit(options: RateLimitOptions) {
  const keyOf = options.key ?? clientAddress
  return async function rateLimited(
    req: RateLimitedRequest,
    res: RateLimitedResponse,
    next: MedusaNextFunction
  ) {
    const who = keyOf(req)
    if (who === undefined) {
      return next()
    }
    const limit = limitFrom(options.limitVariable, options.defaultLimit)
    const now = Math.floor(Date.now() / 1000)
    const window = Math.floor(now / options.windowSeconds)
    const key = `imece:rate:${options.name}:${who}:${window}`
    const total = await count(key, options.windowSeconds)
    if (total > limit && !("slowDownUpToSeconds" in options)) {
      const retryAfter = (window + 1) * options.windowSeconds - now
      const minutes = Math.ceil(retryAfter / 60)
      res.setHeader("Retry-After", String(retryAfter))
      res.status(429).json({
        type: "too_many_requests",
        message: options.message(minutes),
        ...(options.code && { code: options.code, params: { minutes } }),
      })
      return
    }
    if (options.failuresOnly) {
      res.once("finish", () => {
        if (res.statusCode < 400) {
          // Not given back, the attempt stays counted: the limit is only stricter this window.
          giveBack(key).catch(() => undefined)
        }
      })
    }
    if (total > limit && "slowDownUpToSeconds" in options) {
      await sleep(Math.min(2 ** (total - limit - 1), options.slowDownUpToSeconds))
    }
    next()
  }
}
