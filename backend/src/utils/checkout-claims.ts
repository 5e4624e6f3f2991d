import Redis from "ioredis"

/**
 * Units of a variant that checkouts now under way are about to reserve. At a rush (a hundred
 * shoppers paying for the last ten pieces at once), only as many checkouts go on as there are
 * pieces left; the others are told at once instead of queueing for the inventory lock until
 * Medusa gives up on it. Advisory only: Medusa's reservation, under its lock, still decides
 * who gets a piece. A claim lapses on its own, so a server that dies holding one frees it.
 * With REDIS_URL every server shares the claims; without, the one process keeps them.
 */
const KEY_PREFIX = "imece:checkout-claims:"

let redis: Redis | undefined
const sharedRedis = (url: string) => (redis ??= new Redis(url, { maxRetriesPerRequest: 1 }))

type LocalClaim = { units: number; until: number }
const local = new Map<string, Map<string, LocalClaim>>()

/**
 * Claims `units` of a variant for one checkout, when the claims of the others leave that many
 * of `available`. The same checkout claiming again replaces its claim. Members are
 * `<checkout>|<units>`, scored by when they lapse.
 */
const CLAIM = `
local key, now, lapse, claimant, units, available =
  KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5])
redis.call("ZREMRANGEBYSCORE", key, "-inf", now)
local claimed = 0
for _, member in ipairs(redis.call("ZRANGE", key, 0, -1)) do
  local separator = string.find(member, "|", 1, true)
  local who = string.sub(member, 1, separator - 1)
  if who == claimant then
    redis.call("ZREM", key, member)
  else
    claimed = claimed + tonumber(string.sub(member, separator + 1))
  end
end
if claimed + units > available then
  return 0
end
redis.call("ZADD", key, lapse, claimant .. "|" .. units)
-- The key goes when its last claim lapses.
local last = redis.call("ZRANGE", key, -1, -1, "WITHSCORES")
redis.call("PEXPIREAT", key, math.max(lapse, tonumber(last[2])))
return 1
`

const RELEASE = `
for _, member in ipairs(redis.call("ZRANGE", KEYS[1], 0, -1)) do
  if string.sub(member, 1, string.len(ARGV[1]) + 1) == ARGV[1] .. "|" then
    redis.call("ZREM", KEYS[1], member)
  end
end
return 1
`

export async function claimUnits({
  variantId,
  checkout,
  units,
  available,
  lapseMs,
}: {
  variantId: string
  checkout: string
  units: number
  available: number
  lapseMs: number
}): Promise<boolean> {
  const now = Date.now()
  const url = process.env.REDIS_URL
  if (url) {
    // Redis not answering turns no shopper away: Medusa's reservation still decides.
    const admitted = await sharedRedis(url)
      .eval(CLAIM, 1, KEY_PREFIX + variantId, now, now + lapseMs, checkout, units, available)
      .catch(() => 1)
    return admitted === 1
  }
  const claims = local.get(variantId) ?? new Map<string, LocalClaim>()
  local.set(variantId, claims)
  let claimed = 0
  for (const [who, claim] of claims) {
    if (claim.until <= now) {
      claims.delete(who)
    } else if (who !== checkout) {
      claimed += claim.units
    }
  }
  if (claimed + units > available) {
    return false
  }
  claims.set(checkout, { units, until: now + lapseMs })
  return true
}

/** Gives a checkout's claim back; one Redis cannot take back lapses on its own. */
export async function releaseUnits(variantId: string, checkout: string): Promise<void> {
  const url = process.env.REDIS_URL
  if (url) {
    await sharedRedis(url)
      .eval(RELEASE, 1, KEY_PREFIX + variantId, checkout)
      .catch(() => undefined)
    return
  }
  local.get(variantId)?.delete(checkout)
}
