import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../../helpers/test-runner"
import seedDemoData, { DEMO_LOGINS } from "../../../src/scripts/seed"
import { ensureDemoHistory, DEMO_HISTORY_FLAG } from "../../../src/scripts/seed-history"
import { planDemoHistory, type DemoHistoryPlan } from "../../../src/scripts/demo-data/history"
import { DEMO_PRODUCERS } from "../../../src/scripts/demo-data/producers"
import { DEMO_PRODUCTS } from "../../../src/scripts/demo-data/products"

/** A producer's part as this spec reads it, whether or not Medusa's generated types are there. */
type SeededPart = {
  producer_id: string
  status: string
  created_at: Date | string
  delivered_at?: Date | string | null
}

jest.setTimeout(300_000)

/** The day the plan is made for: fixed, so the slice below is always the same orders. */
const NOW = new Date("2026-11-29T12:00:00Z")

/**
 * A slice of the year, quick to play: every application, the first weeks' orders, the first
 * refund, the last open orders, and the payout of a month they were delivered in.
 */
function slice(plan: DemoHistoryPlan): DemoHistoryPlan {
  const refunded = plan.orders.find((order) => order.refund)
  const orders = [
    ...plan.orders.slice(0, 4),
    ...(refunded ? [refunded] : []),
    ...plan.orders.slice(-2),
  ]
  const paid = new Set(
    DEMO_PRODUCERS.filter((producer) => producer.payoutAccount).map((producer) => producer.handle)
  )
  const payouts = plan.payouts
    .filter((payout) =>
      orders.some((order) =>
        order.parts.some(
          (part) =>
            paid.has(part.producer) &&
            part.delivered_at &&
            part.delivered_at >= payout.period_start &&
            part.delivered_at <= payout.period_end
        )
      )
    )
    .slice(0, 1)
  return { ...plan, orders, payouts }
}

async function historyContext(container: MedusaContainer) {
  const [salesChannel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: "Default Sales Channel" })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  return {
    salesChannelId: salesChannel.id,
    stockLocationId: location.id,
    staffEmail: DEMO_LOGINS.staff.email,
    reviewerEmail: DEMO_LOGINS.reviewer.email,
    shopperEmail: DEMO_LOGINS.shopper.email,
  }
}

const time = (date: Date | string | null | undefined) => (date ? new Date(date).getTime() : null)

integrationTestRunner({
  testSuite: ({ getContainer }) => {
    describe("The demo seed's year of history", () => {
      let staticDir: string

      beforeAll(async () => {
        staticDir = await mkdtemp(path.join(os.tmpdir(), "imece-seed-"))
        process.env.IMECE_STATIC_DIR = staticDir
      })
      afterAll(async () => {
        delete process.env.IMECE_STATIC_DIR
        await rm(staticDir, { recursive: true, force: true })
      })

      it("plays applications, orders, refunds and payouts on their days, quietly, once", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        await seedDemoData({ container, args: ["--without-history"] })
        const plan = slice(planDemoHistory(NOW))
        expect(plan.payouts).toHaveLength(1)

        await ensureDemoHistory(container, await historyContext(container), plan)

        // Orders, placed on their days, in the order of their numbers.
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "display_id", "created_at", "currency_code", "producer_orders.*"],
          pagination: { order: { display_id: "ASC" } },
        })
        expect(orders.map((order) => time(order.created_at))).toEqual(
          plan.orders.map((order) => order.placed_at.getTime())
        )
        const { data: producers } = await query.graph({
          entity: "producer",
          fields: ["id", "handle"],
        })
        const handleOf = new Map(producers.map((producer) => [producer.id, producer.handle]))
        for (const [index, order] of orders.entries()) {
          const planned = plan.orders[index]
          expect(order.currency_code).toBe(planned.currency)
          const parts = (order.producer_orders ?? []).flatMap((part: SeededPart | null) =>
            part ? [part] : []
          )
          expect(parts).toHaveLength(planned.parts.length)
          for (const part of parts) {
            expect(time(part.created_at)).toBe(planned.placed_at.getTime())
            const plannedPart = planned.parts.find(
              (candidate) => candidate.producer === handleOf.get(part.producer_id)
            )
            expect(time(part.delivered_at)).toBe(time(plannedPart?.delivered_at))
            expect(part.status).toBe(
              plannedPart?.delivered_at
                ? "delivered"
                : plannedPart?.shipped_at
                  ? "shipped"
                  : plannedPart?.prepared_at
                    ? "preparing"
                    : "new"
            )
          }
        }

        // Each line charged at the demo's rules in force from the year's first day: food less.
        const { data: lines } = await query.graph({
          entity: "producer_order_item",
          fields: ["commission_bps"],
        })
        expect(lines.length).toBeGreaterThan(0)
        lines.forEach((line) => expect([500, 800]).toContain(line.commission_bps))
        expect(lines.some((line) => line.commission_bps === 800)).toBe(true)

        // Her earnings booked on delivery, a refund's reversal on its day, a month paid out.
        const { data: entries } = await query.graph({
          entity: "ledger_entry",
          fields: ["kind", "created_at", "available_at", "payout_id"],
        })
        const refund = plan.orders.find((order) => order.refund)?.refund
        const reversals = entries.filter((entry) => entry.kind === "reversal")
        expect(reversals.length).toBeGreaterThan(0)
        reversals.forEach((entry) => expect(time(entry.created_at)).toBe(time(refund?.at)))
        const earnings = entries.filter((entry) => entry.kind === "earning")
        const deliveries = new Set(
          plan.orders.flatMap((order) => order.parts.map((part) => time(part.delivered_at)))
        )
        earnings.forEach((entry) => expect(deliveries.has(time(entry.created_at))).toBe(true))
        const { data: batches } = await query.graph({
          entity: "payout_batch",
          fields: ["status", "created_at", "paid_at"],
        })
        expect(batches).toEqual([expect.objectContaining({ status: "paid" })])
        expect(time(batches[0].paid_at)).toBe(plan.payouts[0].paid_at.getTime())
        expect(time(batches[0].created_at)).toBe(plan.payouts[0].confirmed_at.getTime())
        expect(entries.filter((entry) => entry.kind === "payout").length).toBeGreaterThan(0)

        // Applications with their history; the demo producers' shops opened by approval.
        const { data: applications } = await query.graph({
          entity: "producer_application",
          fields: [
            "email",
            "status",
            "created_at",
            "events.action",
            "events.created_at",
            "producer.handle",
            "producer.created_at",
          ],
          filters: { email: plan.applications.map((application) => application.answers.email) },
        })
        expect(applications).toHaveLength(plan.applications.length)
        const ayse = applications.find(
          (application) => application.email === DEMO_LOGINS.producer.email
        )
        const plannedAyse = plan.applications.find(
          (application) => application.producer === "ayse-oya"
        )
        const approval = plannedAyse?.steps.find((step) => step.action === "approve")
        expect(ayse).toEqual(
          expect.objectContaining({
            status: "approved",
            producer: expect.objectContaining({ handle: "ayse-oya" }),
          })
        )
        expect(time(ayse?.created_at)).toBe(time(plannedAyse?.submitted_at))
        expect(time(ayse?.producer?.created_at)).toBe(time(approval?.at))
        const approved = ayse?.events?.find(
          (event: { action: string; created_at: Date | string } | null) =>
            event?.action === "approve"
        )
        expect(time(approved?.created_at)).toBe(time(approval?.at))
        expect(
          applications.filter((application) => application.status === "rejected").length
        ).toBeGreaterThan(1)

        // Quiet: nobody was mailed about last year's orders or shops.
        const notifications = await container.resolve(Modules.NOTIFICATION).listNotifications({})
        expect(notifications).toEqual([])

        // Today's stock is what the seed put on the shelves, less what open orders hold.
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: [
            "sku",
            "product.handle",
            "inventory_items.inventory.location_levels.stocked_quantity",
            "inventory_items.inventory.location_levels.reserved_quantity",
          ],
        })
        for (const variant of variants) {
          const stock = DEMO_PRODUCTS.find(
            (product) => product.handle === variant.product?.handle
          )?.stock
          const [level] = variant.inventory_items?.[0]?.inventory?.location_levels ?? []
          expect({
            sku: variant.sku,
            available: (level?.stocked_quantity ?? 0) - (level?.reserved_quantity ?? 0),
          }).toEqual({
            sku: variant.sku,
            available: stock,
          })
        }

        // Once: a second seed, with its whole year, adds nothing.
        await seedDemoData({ container, args: [] })
        const { data: again } = await query.graph({ entity: "order", fields: ["id"] })
        expect(again).toHaveLength(plan.orders.length)
        const [store] = await container.resolve(Modules.STORE).listStores()
        expect(store.metadata?.[DEMO_HISTORY_FLAG]).toBe(plan.today.toISOString())
      })
    })
  },
})
