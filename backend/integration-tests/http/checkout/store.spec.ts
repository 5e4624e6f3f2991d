import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { claimUnits, releaseUnits } from "../../../src/utils/checkout-claims"
import { integrationTestRunner } from "../../helpers/test-runner"
import { payWith, setUpCheckout, startCart } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import { waitForMail } from "../../helpers/outbox"
import { setUpCooperativeStore } from "../../helpers/shop"
import { createProducerHeaders, createStoreContext } from "../../helpers/store"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }
type CompleteAnswer =
  | { type: "order"; order: { id: string; display_id: number; email: string } }
  | { type: "cart"; error: { message: string } }

/** The demo's shipping: one parcel per producer, 90 TRY each. */
async function addParcelPerProducerShipping(container: MedusaContainer, warehouseId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [zone] = await fulfillment.listServiceZones({ name: "Türkiye" })
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouseId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "per-producer_per-producer" },
  })
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Kargo (üretici başına)",
        price_type: "calculated",
        provider_id: "per-producer_per-producer",
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: "Standart", description: "2–4 gün", code: "parcel" },
        data: { id: "parcel-per-producer", rates: { try: 90 } },
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return option.id
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: one cart across producers, checked out", () => {
      let store: Headers
      let regionId: string
      let parcelOptionId: string
      let earrings: string
      let slippers: string
      let lastScarf: string

      const newCart = (items: { variant_id: string; quantity: number }[]) =>
        startCart(api, store, { regionId, items, locale: "en-GB" })
      const readyToPay = (cartId: string) =>
        payWith(api, store, cartId, {
          shippingOptionId: parcelOptionId,
          provider_id: "pp_system_default",
        })
      const complete = (cartId: string) =>
        api
          .post(`/store/carts/${cartId}/complete`, {}, store)
          .then(({ data }: { data: CompleteAnswer }) => data)

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        const { warehouseId } = await setUpCooperativeStore(container, context.salesChannelId)
        ;({ regionId } = await setUpCheckout(container, { warehouseId }))
        parcelOptionId = await addParcelPerProducerShipping(container, warehouseId)
        const ayse = await createProducerHeaders(container, api, {
          handle: "ayse-oya",
          name: "Ayşe",
          email: "ayse@test.local",
        })
        const zehra = await createProducerHeaders(container, api, {
          handle: "zehra-kece",
          name: "Zehra",
          email: "zehra@test.local",
        })
        const variant = async (headers: Headers, title: string, stock: number) =>
          (await api.post("/producer/products", { title, prices: { try: 400 }, stock }, headers))
            .data.product.variants[0].id as string
        earrings = await variant(ayse, "Oya küpe", 5)
        lastScarf = await variant(ayse, "Oyalı yazma", 1)
        slippers = await variant(zehra, "Keçe terlik", 5)
      })

      it("prices shipping as one parcel for each producer in the cart", async () => {
        const cartId = await newCart([{ variant_id: earrings, quantity: 2 }])
        // A calculated option is priced on request, as the storefront asks for it.
        const parcelPrice = async () => {
          const { data } = await api.post(
            `/store/shipping-options/${parcelOptionId}/calculate`,
            { cart_id: cartId },
            store
          )
          return data.shipping_option.amount
        }
        expect(await parcelPrice()).toBe(90)

        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: lastScarf, quantity: 1 },
          store
        )
        expect(await parcelPrice()).toBe(90)

        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: slippers, quantity: 1 },
          store
        )
        expect(await parcelPrice()).toBe(180)

        await readyToPay(cartId)
        const { cart } = (await api.get(`/store/carts/${cartId}`, store)).data
        expect(cart.shipping_total).toBe(180)
        expect(cart.total).toBe(2 * 400 + 400 + 400 + 180)
      })

      it("refuses to add more than is in stock", async () => {
        const cartId = await newCart([])
        const refusal = await failedRequest(
          api.post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: lastScarf, quantity: 2 },
            store
          )
        )
        expect(refusal.status).toBe(400)
        expect(refusal.message).toMatch(/required inventory/i)
      })

      it("refuses at completion when the last unit went to someone else, and the cart stays usable", async () => {
        const first = await newCart([{ variant_id: lastScarf, quantity: 1 }])
        const second = await newCart([
          { variant_id: lastScarf, quantity: 1 },
          { variant_id: earrings, quantity: 1 },
        ])
        await readyToPay(first)
        await readyToPay(second)
        expect((await complete(first)).type).toBe("order")

        const refusal = await failedRequest(complete(second))
        const { cart } = (await api.get(`/store/carts/${second}`, store)).data
        expect(cart.completed_at).toBeNull()
        const scarfLine = cart.items.find(
          (item: { variant_id: string }) => item.variant_id === lastScarf
        )
        // Said in her language, naming the piece and the line the checkout offers to take out.
        expect(refusal).toMatchObject({
          status: 400,
          code: "cart_item_sold_out",
          params: { product: "Oyalı yazma", available: 0, line_item_id: scarfLine.id },
        })

        await api.delete(`/store/carts/${second}/line-items/${scarfLine.id}`, store)
        await readyToPay(second)
        const retried = await complete(second)
        expect(retried.type).toBe("order")
      })

      it("sells the last unit once when two carts race for it", async () => {
        const carts = [
          await newCart([{ variant_id: lastScarf, quantity: 1 }]),
          await newCart([{ variant_id: lastScarf, quantity: 1 }]),
        ]
        await Promise.all(carts.map(readyToPay))
        const outcomes = await Promise.allSettled(carts.map(complete))

        const orders = outcomes.filter(
          (outcome) => outcome.status === "fulfilled" && outcome.value.type === "order"
        )
        const refusals = outcomes.filter((outcome) => outcome.status === "rejected")
        expect(orders).toHaveLength(1)
        expect(refusals).toHaveLength(1)
        const refusal = await failedRequest(
          Promise.reject((refusals[0] as PromiseRejectedResult).reason)
        )
        expect(refusal.status).toBeLessThan(500)
        // The other is paying for it right now, or has already bought it.
        expect(["cart_item_being_bought", "cart_item_sold_out"]).toContain(refusal.code)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [item],
        } = await query.graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory.location_levels.*"],
          filters: { id: lastScarf },
        })
        const level = item.inventory_items?.[0]?.inventory?.location_levels?.[0]
        expect(Number(level?.stocked_quantity) - Number(level?.reserved_quantity)).toBe(0)
        expect(Number(level?.reserved_quantity)).toBe(1)
      })

      it("tells her at once that others are paying for the last piece, and sells it to her once they give it back", async () => {
        const cartId = await newCart([{ variant_id: lastScarf, quantity: 1 }])
        await readyToPay(cartId)
        // Another shopper's checkout, on this or another server, holds the last scarf.
        await claimUnits({
          variantId: lastScarf,
          checkout: "cart_another_shopper",
          units: 1,
          available: 1,
          lapseMs: 60_000,
        })
        const refusal = await failedRequest(complete(cartId))
        expect(refusal).toMatchObject({
          status: 409,
          code: "cart_item_being_bought",
          params: { product: "Oyalı yazma" },
        })
        const { cart } = (await api.get(`/store/carts/${cartId}`, store)).data
        expect(cart.completed_at).toBeNull()

        // Her payment failed: the scarf is on sale again.
        await releaseUnits(lastScarf, "cart_another_shopper")
        expect((await complete(cartId)).type).toBe("order")
      })

      it("sends her receipt in the language she shopped in", async () => {
        const cartId = await newCart([
          { variant_id: earrings, quantity: 2 },
          { variant_id: slippers, quantity: 1 },
        ])
        await readyToPay(cartId)
        const placed = await complete(cartId)
        if (placed.type !== "order") {
          throw new Error("The order was not placed")
        }
        const mail = await waitForMail(getContainer(), {
          to: "elif@example.com",
          template: "shopper-order-placed",
        })
        expect(mail.data?.subject).toBe(`Your order is placed #${placed.order.display_id}`)
        expect(mail.data?.text).toContain("2 × Oya küpe")
        expect(mail.data?.text).toContain("1 × Keçe terlik")
        expect(mail.data?.text).toContain(`/orders/${placed.order.id}`)
      })
    })
  },
})
