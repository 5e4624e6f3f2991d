import fc from "fast-check"
import { claimUnits, releaseUnits } from "./checkout-claims"

/** The Redis this machine runs (see `.ci/run`), which the servers share in production. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

let variants = 0
/** A variant no other test has claimed. */
const freshVariant = () => `variant_claims_${process.pid}_${Date.now()}_${variants++}`

describe.each([
  ["in one process, without Redis", undefined],
  ["shared by every server through Redis", REDIS_URL],
])("Checkouts' claims on the last pieces, %s", (_name, redisUrl) => {
  beforeEach(() => {
    if (redisUrl) {
      process.env.REDIS_URL = redisUrl
    } else {
      delete process.env.REDIS_URL
    }
  })
  afterAll(() => {
    delete process.env.REDIS_URL
  })

  const claim = (variantId: string, checkout: string, units: number, available: number) =>
    claimUnits({ variantId, checkout, units, available, lapseMs: 60_000 })

  it("admits checkouts while pieces are left, and again once one gives hers back", async () => {
    const variantId = freshVariant()
    expect(await claim(variantId, "cart_a", 2, 3)).toBe(true)
    expect(await claim(variantId, "cart_b", 2, 3)).toBe(false)
    expect(await claim(variantId, "cart_c", 1, 3)).toBe(true)
    expect(await claim(variantId, "cart_d", 1, 3)).toBe(false)

    await releaseUnits(variantId, "cart_a")
    expect(await claim(variantId, "cart_b", 2, 3)).toBe(true)
  })

  it("lets the same checkout claim again in place of its first claim", async () => {
    const variantId = freshVariant()
    expect(await claim(variantId, "cart_a", 1, 1)).toBe(true)
    expect(await claim(variantId, "cart_a", 1, 1)).toBe(true)
    expect(await claim(variantId, "cart_b", 1, 1)).toBe(false)
  })

  it("frees a claim whose checkout never gave it back once it lapses", async () => {
    const variantId = freshVariant()
    expect(
      await claimUnits({ variantId, checkout: "cart_dead", units: 1, available: 1, lapseMs: 50 })
    ).toBe(true)
    expect(await claim(variantId, "cart_b", 1, 1)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 80))
    expect(await claim(variantId, "cart_b", 1, 2)).toBe(true)
    // A claim that lapses sooner leaves the longer ones standing.
    expect(
      await claimUnits({ variantId, checkout: "cart_c", units: 1, available: 2, lapseMs: 20 })
    ).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(await claim(variantId, "cart_d", 2, 2)).toBe(false)
  })

  it("never admits more pieces than are left, whatever checkouts ask at once", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 30 }),
        async (available, asked) => {
          const variantId = freshVariant()
          const admitted = await Promise.all(
            asked.map((units, n) => claim(variantId, `cart_${n}`, units, available))
          )
          const units = asked.reduce((sum, wanted, n) => sum + (admitted[n] ? wanted : 0), 0)
          expect(units).toBeLessThanOrEqual(available)
          // Nobody is refused while her pieces are left: the first asks are admitted in turn.
          if (asked[0] <= available) {
            expect(admitted.some(Boolean)).toBe(true)
          }
        }
      ),
      { numRuns: 40 }
    )
  })
})

describe("Checkouts' claims when Redis does not answer", () => {
  afterAll(() => {
    delete process.env.REDIS_URL
  })

  it("turn no shopper away and let her checkout go on", async () => {
    process.env.REDIS_URL = "redis://127.0.0.1:1"
    let claims: typeof import("./checkout-claims") | undefined
    jest.isolateModules(() => {
      claims = jest.requireActual<typeof import("./checkout-claims")>("./checkout-claims")
    })
    const variantId = freshVariant()
    const claim = { variantId, units: 1, available: 1, lapseMs: 60_000 }
    expect(await claims?.claimUnits({ ...claim, checkout: "cart_a" })).toBe(true)
    expect(await claims?.claimUnits({ ...claim, checkout: "cart_b" })).toBe(true)
    await expect(claims?.releaseUnits(variantId, "cart_a")).resolves.toBeUndefined()
  })
})
