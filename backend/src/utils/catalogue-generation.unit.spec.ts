import Redis from "ioredis"
import {
  bumpCatalogueGeneration,
  changesCatalogue,
  currentCatalogueGeneration,
} from "./catalogue-generation"

/** The Redis this machine runs (see `.ci/run`); another server's writes are simulated on it. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"

describe("The catalogue's generation", () => {
  afterEach(() => {
    delete process.env.REDIS_URL
  })

  it("moves on for what a shopper's catalogue shows, and not for carts, orders or money", () => {
    const changing = [
      "product.updated",
      "product.product.updated",
      "pricing.price.updated",
      "inventory.inventory-level.updated",
      "inventory.reservation-item.created",
      "translation.translation.deleted",
      "producer.suspended",
      "producer.producer.updated",
      "region.updated",
      "something.no-one.named",
    ]
    const leaving = [
      "cart.updated",
      "cart.cart.updated",
      "payment.payment-session.created",
      "order.placed",
      "order.order.created",
      "customer.created",
      "auth.auth-identity.created",
      "producer_order.created",
      "producer_ledger.producer-earning.created",
      "notification.notification.created",
    ]
    expect(changing.filter((name) => !changesCatalogue(name))).toEqual([])
    expect(leaving.filter(changesCatalogue)).toEqual([])
  })

  it("is one process's own without Redis", async () => {
    const before = await currentCatalogueGeneration()
    await bumpCatalogueGeneration()
    expect(await currentCatalogueGeneration()).toBe(String(Number(before) + 1))
  })

  it("is shared through Redis: a change another server makes is seen here", async () => {
    process.env.REDIS_URL = REDIS_URL
    const otherServer = new Redis(REDIS_URL)
    try {
      const before = Number(await currentCatalogueGeneration())
      await otherServer.incr("imece:catalogue-generation")
      expect(await currentCatalogueGeneration()).toBe(String(before + 1))
      await bumpCatalogueGeneration()
      expect(await otherServer.get("imece:catalogue-generation")).toBe(String(before + 2))
    } finally {
      otherServer.disconnect()
    }
  })
})
