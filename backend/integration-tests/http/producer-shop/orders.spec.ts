import { integrationTestRunner } from "../../helpers/test-runner"
import type { ProducerOrder } from "@imece/types"
import { placeOrder, setUpCheckoutStore, withOrderKey } from "../../helpers/checkout"
import { eventually, failedRequest } from "../../helpers/http"
import { listProduct } from "../../helpers/producers"
import { waitForMail } from "../../helpers/outbox"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import { splitOrderByProducerWorkflow } from "../../../src/workflows/producer-order/workflows/split-order-by-producer"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }
type Part = ProducerOrder

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Producer: her part of each order", () => {
      let store: Headers
      let ayse: Headers
      let zehra: Headers
      let orderId: string
      let orderKey: string
      let checkout: { regionId: string; shippingOptionId: string }
      let earringsId: string

      beforeEach(async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        store = context.storeHeaders
        checkout = context.checkout
        ayse = await createProducerHeaders(container, api, {
          handle: "ayse-oya",
          name: "Ayşe",
          email: "ayse@test.local",
        })
        zehra = await createProducerHeaders(container, api, {
          handle: "zehra-kece",
          name: "Zehra",
          email: "zehra@test.local",
        })
        const earrings = await listProduct(api, ayse, { title: "Oya küpe", price: 450 })
        earringsId = earrings
        const scarf = await listProduct(api, ayse, { title: "Oyalı yazma", price: 300 })
        const slippers = await listProduct(api, zehra, { title: "Keçe terlik", price: 600 })

        const order = await placeOrder(api, store, {
          ...checkout,
          items: [
            { variant_id: earrings, quantity: 2 },
            { variant_id: scarf, quantity: 1 },
            { variant_id: slippers, quantity: 1 },
          ],
        })
        orderId = order.id
        orderKey = order.key
      })

      const partsOf = async (headers: Headers) =>
        (await api.get("/producer/orders", headers)).data.orders as Part[]

      it("gives each producer her part when the order is placed: her items, her totals", async () => {
        const ayseParts = await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        expect(ayseParts).toHaveLength(1)
        expect(ayseParts[0].items.map((i) => [i.title, i.quantity]).sort()).toEqual([
          ["Oya küpe", 2],
          ["Oyalı yazma", 1],
        ])
        expect(Number(ayseParts[0].subtotal)).toBe(1200)
        expect(ayseParts[0].status).toBe("new")

        const zehraParts = await eventually(
          () => partsOf(zehra),
          (parts) => parts.length > 0
        )
        expect(zehraParts[0].items.map((i) => i.title)).toEqual(["Keçe terlik"])
        expect(Number(zehraParts[0].subtotal)).toBe(600)

        const detail = await api.get(`/producer/orders/${ayseParts[0].id}`, ayse)
        expect(detail.data.order.shipping_address).toEqual(
          expect.objectContaining({
            first_name: "Elif",
            city: "Ankara",
            phone: "+90 532 000 00 00",
          })
        )
        expect(JSON.stringify(detail.data.order)).not.toContain("elif@example.com")
        // The shopper's order id would open her whole order wherever the id went (issue 16).
        expect(JSON.stringify([ayseParts, zehraParts, detail.data])).not.toContain(orderId)
      })

      it("tells each producer of her part by e-mail, with only her lines and a link to it", async () => {
        const [part] = await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        const mail = await waitForMail(getContainer(), {
          to: "ayse@test.local",
          template: "producer-new-order",
        })
        const text = String(mail.data?.text)
        expect(text).toContain("2 × Oya küpe")
        expect(text).toContain("1 × Oyalı yazma")
        expect(text).not.toContain("Keçe terlik")
        expect(text).toContain(`/sell/shop/orders/${part.id}`)

        const zehrasMail = await waitForMail(getContainer(), {
          to: "zehra@test.local",
          template: "producer-new-order",
        })
        expect(String(zehrasMail.data?.text)).toContain("1 × Keçe terlik")
        expect(String(zehrasMail.data?.text)).not.toContain("Oya küpe")
      })

      it("shows what she earns per line at the commission in force when the order was placed", async () => {
        const [first] = await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        expect(first).toEqual(expect.objectContaining({ commission_bps: 0, earnings: 1200 }))

        const administrator = await createAdministratorHeaders(getContainer(), api)
        await api.post("/admin/cooperative-settings", { commission_bps: 1000 }, administrator)
        await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: earringsId, quantity: 1 }],
        })

        const parts = await eventually(
          () => partsOf(ayse),
          (all) => all.length > 1
        )
        const latest = parts.find((part) => part.id !== first.id) as Part
        expect(latest.items[0]).toEqual(expect.objectContaining({ commission: 45, earning: 405 }))
        expect(latest.earnings).toBe(405)
        const again = parts.find((part) => part.id === first.id) as Part
        expect(again.earnings).toBe(1200)
      })

      it("tells her on her first screen what to do today", async () => {
        await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        const { data } = await api.get("/producer/dashboard", ayse)
        // Earrings: 5 in stock, 2 held by the order → 3 left; the scarf: 5 − 1 = 4.
        expect(data.dashboard).toEqual({ new_orders: 1, orders_to_ship: 0, low_stock: [] })

        const [part] = await partsOf(ayse)
        await api.post(`/producer/orders/${part.id}/prepare`, {}, ayse)
        await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: earringsId, quantity: 2 }],
        })
        const after = await eventually(
          async () => (await api.get("/producer/dashboard", ayse)).data.dashboard,
          (dashboard) => dashboard.new_orders === 1 && dashboard.low_stock.length === 1
        )
        expect(after).toEqual({
          new_orders: 1,
          orders_to_ship: 1,
          low_stock: [expect.objectContaining({ title: "Oya küpe", available: 1 })],
        })
        expect((await api.get("/producer/dashboard", zehra)).data.dashboard.orders_to_ship).toBe(0)
        expect((await failedRequest(api.get("/producer/dashboard", store))).status).toBe(401)
      })

      it("splits an order once, however often the event comes", async () => {
        await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        await splitOrderByProducerWorkflow(getContainer()).run({ input: { order_id: orderId } })
        await splitOrderByProducerWorkflow(getContainer()).run({ input: { order_id: orderId } })
        expect(await partsOf(ayse)).toHaveLength(1)
        expect(await partsOf(zehra)).toHaveLength(1)
      })

      it("moves new → preparing → shipped (a Medusa fulfillment) → delivered, refusing skips", async () => {
        const [part] = await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        const skip = await failedRequest(
          api.post(
            `/producer/orders/${part.id}/ship`,
            { carrier: "PTT Kargo", tracking_number: "KP123456" },
            ayse
          )
        )
        expect(skip).toMatchObject({
          status: 400,
          code: "producer_order_not_ready",
          params: { display_id: String(part.display_id) },
        })
        expect(skip.message).toMatch(/is new/)

        await api.post(`/producer/orders/${part.id}/prepare`, {}, ayse)
        const shipped = await api.post(
          `/producer/orders/${part.id}/ship`,
          { carrier: "PTT Kargo", tracking_number: "KP123456" },
          ayse
        )

        expect(shipped.data.order).toEqual(
          expect.objectContaining({
            status: "shipped",
            carrier: "PTT Kargo",
            tracking_number: "KP123456",
          })
        )
        // The shopper follows each producer's part of her order, and reads nothing else of it.
        const shopperView = await api.get(
          `/store/orders/${orderId}?fields=id,*producer_orders,+producer_orders.commission_bps`,
          withOrderKey(store, orderKey)
        )
        const parts = shopperView.data.order.producer_orders as Record<string, unknown>[]
        expect(parts).toHaveLength(2)
        expect(parts.find((p) => p.id === part.id)).toEqual(
          expect.objectContaining({
            status: "shipped",
            carrier: "PTT Kargo",
            tracking_number: "KP123456",
          })
        )
        expect(parts.find((p) => p.id !== part.id)?.status).toBe("new")
        for (const column of ["commission_bps", "subtotal", "currency_code"]) {
          expect(parts.every((p) => !(column in p))).toBe(true)
        }

        const delivered = await api.post(`/producer/orders/${part.id}/deliver`, {}, ayse)
        expect(delivered.data.order.status).toBe("delivered")

        const staff = await createStaffHeaders(getContainer(), api)
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=*fulfillments,*fulfillments.items,*fulfillments.labels`,
          staff
        )
        expect(data.order.fulfillments).toHaveLength(1)
        expect(data.order.fulfillments[0].delivered_at).not.toBeNull()
        expect(data.order.fulfillments[0].labels[0].tracking_number).toBe("KP123456")
        expect(
          data.order.fulfillments[0].items
            .map((i: { line_item_id: string; quantity: number }) => [i.line_item_id, i.quantity])
            .sort()
        ).toEqual(part.items.map((i) => [i.line_item_id, i.quantity]).sort())
      })

      it("answers 404 to another producer for every order route, and 401 to others", async () => {
        const [part] = await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        for (const request of [
          () => api.get(`/producer/orders/${part.id}`, zehra),
          () => api.post(`/producer/orders/${part.id}/prepare`, {}, zehra),
          () =>
            api.post(
              `/producer/orders/${part.id}/ship`,
              { carrier: "PTT", tracking_number: "X123" },
              zehra
            ),
          () => api.post(`/producer/orders/${part.id}/deliver`, {}, zehra),
        ]) {
          expect((await failedRequest(request())).status).toBe(404)
        }
        expect((await api.get(`/producer/orders/${part.id}`, ayse)).data.order.status).toBe("new")

        const container = getContainer()
        for (const headers of [
          undefined,
          store,
          await createShopperHeaders(container, api),
          await createStaffHeaders(container, api, "staff2@test.local"),
        ]) {
          expect((await failedRequest(api.get("/producer/orders", headers))).status).toBe(401)
          expect(
            (await failedRequest(api.post(`/producer/orders/${part.id}/prepare`, {}, headers)))
              .status
          ).toBe(401)
        }
        const badShip = await failedRequest(
          api.post(`/producer/orders/${part.id}/ship`, { carrier: "PTT", extra: 1 }, ayse)
        )
        expect(badShip.status).toBe(400)
      })
    })
  },
})
