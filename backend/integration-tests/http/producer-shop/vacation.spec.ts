import { integrationTestRunner } from "../../helpers/test-runner"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { failedRequest } from "../../helpers/http"
import { setUpCooperativeStore } from "../../helpers/shop"
import { createProducerHeaders, createStoreContext } from "../../helpers/store"
import { cooperativeDay } from "../../helpers/calendar"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

const day = cooperativeDay

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: a producer on vacation", () => {
      let store: Headers
      let ayse: Headers
      let variantId: string
      let handle: string
      let cartId: string

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        await setUpCooperativeStore(container, context.salesChannelId)
        const {
          result: [region],
        } = await createRegionsWorkflow(container).run({
          input: { regions: [{ name: "Türkiye", currency_code: "try", countries: ["tr"] }] },
        })
        ayse = await createProducerHeaders(container, api, { handle: "ayse-oya", name: "Ayşe" })
        const { data } = await api.post(
          "/producer/products",
          { title: "Oya küpe", prices: { try: 450 }, stock: 5 },
          ayse
        )
        variantId = data.product.variants[0].id
        handle = data.product.handle
        cartId = (await api.post("/store/carts", { region_id: region.id }, store)).data.cart.id
      })

      const addToCart = () =>
        api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, store)

      it("keeps her products visible but refuses them in a cart, saying when she is back", async () => {
        await api.post("/producer/me", { vacation_from: day(-1), vacation_until: day(3) }, ayse)

        const listed = await api.get(`/store/products?handle=${handle}&fields=*producer`, store)
        expect(listed.data.products[0].producer.vacation_until).toMatch(day(3))

        const refused = await failedRequest(addToCart())
        expect(refused).toMatchObject({
          status: 400,
          code: "producer_on_vacation",
          params: { back_on: day(4) },
        })
        expect(refused.message).toContain(`back on ${day(4)}`)
        const cart = await api.get(`/store/carts/${cartId}`, store)
        expect(cart.data.cart.items).toEqual([])
      })

      it("sells them again before and after her vacation", async () => {
        await api.post("/producer/me", { vacation_from: day(5), vacation_until: day(9) }, ayse)
        expect((await addToCart()).data.cart.items).toHaveLength(1)

        await api.post("/producer/me", { vacation_from: day(-9), vacation_until: day(-2) }, ayse)
        expect((await addToCart()).data.cart.items[0].quantity).toBe(2)
      })
    })
  },
})
