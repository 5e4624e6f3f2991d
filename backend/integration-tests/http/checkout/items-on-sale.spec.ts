import { integrationTestRunner } from "../../helpers/test-runner"
import { suspendProducerWorkflow } from "../../../src/workflows/producer/workflows/suspend-producer"
import { payWith, setUpCheckoutStore, startCart } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import { createProducerHeaders } from "../../helpers/store"
import { cooperativeDay } from "../../helpers/calendar"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }
type Line = { id: string; variant_id: string; quantity: number; unit_price: number }
type CompleteAnswer = { type: "order"; order: { id: string; total: number } } | { type: "cart" }

const day = cooperativeDay

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: only pieces that can be bought now go into a cart and become an order", () => {
      let store: Headers
      let regionId: string
      let shippingOptionId: string
      let ayse: Headers
      let ayseId: string
      let earrings: { productId: string; variantId: string }
      let slippers: string

      beforeEach(async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        store = context.storeHeaders
        ;({ regionId, shippingOptionId } = context.checkout)
        ayse = await createProducerHeaders(container, api, {
          handle: "ayse-oya",
          name: "Ayşe",
          email: "ayse@test.local",
        })
        const zehra = await createProducerHeaders(container, api, {
          handle: "zehra-kece",
          name: "Zehra",
          email: "zehra@test.local",
        })
        ayseId = (await api.get("/producer/me", ayse)).data.producer.id
        const list = async (headers: Headers, title: string) => {
          const { product } = (
            await api.post("/producer/products", { title, prices: { try: 400 }, stock: 5 }, headers)
          ).data
          return { productId: product.id as string, variantId: product.variants[0].id as string }
        }
        earrings = await list(ayse, "Oya küpe")
        slippers = (await list(zehra, "Keçe terlik")).variantId
      })

      const cartOf = async (cartId: string) =>
        (await api.get(`/store/carts/${cartId}`, store)).data.cart as {
          total: number
          completed_at: string | null
          items: Line[]
          payment_collection?: { amount: number; payment_sessions: { provider_id: string }[] }
        }
      const lineOf = async (cartId: string, variantId: string) =>
        (await cartOf(cartId)).items.find((item) => item.variant_id === variantId) as Line
      const setQuantity = (cartId: string, line: Line, quantity: number) =>
        api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity }, store)
      const readyCart = async () => {
        const cartId = await startCart(api, store, {
          regionId,
          items: [
            { variant_id: earrings.variantId, quantity: 1 },
            { variant_id: slippers, quantity: 1 },
          ],
        })
        await payWith(api, store, cartId, { shippingOptionId, provider_id: "pp_system_default" })
        return cartId
      }
      const complete = (cartId: string) =>
        api
          .post(`/store/carts/${cartId}/complete`, {}, store)
          .then(({ data }: { data: CompleteAnswer }) => data)
      const suspendAyse = () =>
        suspendProducerWorkflow(getContainer()).run({ input: { id: ayseId } })

      it("refuses a suspended producer's piece in a new cart, added to one, or grown in one", async () => {
        const cartId = await startCart(api, store, {
          regionId,
          items: [{ variant_id: earrings.variantId, quantity: 1 }],
        })
        await suspendAyse()

        const created = await failedRequest(
          api.post(
            "/store/carts",
            { region_id: regionId, items: [{ variant_id: earrings.variantId, quantity: 1 }] },
            store
          )
        )
        expect(created).toMatchObject({
          status: 400,
          code: "product_unavailable",
          params: { product: "Oya küpe" },
        })

        const other = await startCart(api, store, { regionId, items: [] })
        const added = await failedRequest(
          api.post(
            `/store/carts/${other}/line-items`,
            { variant_id: earrings.variantId, quantity: 1 },
            store
          )
        )
        expect(added).toMatchObject({ status: 400, code: "product_unavailable" })
        expect((await cartOf(other)).items).toEqual([])

        const line = await lineOf(cartId, earrings.variantId)
        const grown = await failedRequest(setQuantity(cartId, line, 3))
        expect(grown).toMatchObject({
          status: 400,
          code: "product_unavailable",
          params: { product: "Oya küpe", line_item_id: line.id },
        })
        expect((await lineOf(cartId, earrings.variantId)).quantity).toBe(1)
        // Taking her piece out is always allowed.
        await setQuantity(cartId, line, 0)
        expect((await cartOf(cartId)).items).toEqual([])
      })

      it("refuses more of a piece whose producer went on vacation, but lets her take it out", async () => {
        const cartId = await startCart(api, store, {
          regionId,
          items: [{ variant_id: earrings.variantId, quantity: 2 }],
        })
        await api.post("/producer/me", { vacation_from: day(-1), vacation_until: day(3) }, ayse)

        const line = await lineOf(cartId, earrings.variantId)
        const grown = await failedRequest(setQuantity(cartId, line, 3))
        expect(grown).toMatchObject({
          status: 400,
          code: "producer_on_vacation",
          params: { producer: "Ayşe", product: "Oya küpe", back_on: day(4) },
        })
        const created = await failedRequest(
          api.post(
            "/store/carts",
            { region_id: regionId, items: [{ variant_id: earrings.variantId, quantity: 1 }] },
            store
          )
        )
        expect(created).toMatchObject({ status: 400, code: "producer_on_vacation" })

        await setQuantity(cartId, line, 1)
        expect((await lineOf(cartId, earrings.variantId)).quantity).toBe(1)

        // A vacation with no end said yet is a vacation too, with no day to name.
        await api.post("/producer/me", { vacation_from: day(-1), vacation_until: null }, ayse)
        const away = await failedRequest(setQuantity(cartId, line, 2))
        expect(away).toMatchObject({
          status: 400,
          code: "producer_away",
          params: { producer: "Ayşe", product: "Oya küpe" },
        })
      })

      it("refuses at completion, naming the piece, when its shop closed after it went into the cart", async () => {
        const cartId = await readyCart()
        const line = await lineOf(cartId, earrings.variantId)
        await suspendAyse()

        const refused = await failedRequest(complete(cartId))
        expect(refused).toMatchObject({
          status: 400,
          code: "product_unavailable",
          params: { product: "Oya küpe", line_item_id: line.id },
        })
        expect((await cartOf(cartId)).completed_at).toBeNull()

        // She takes the piece out and orders the rest.
        await api.delete(`/store/carts/${cartId}/line-items/${line.id}`, store)
        await payWith(api, store, cartId, { shippingOptionId, provider_id: "pp_system_default" })
        const placed = await complete(cartId)
        expect(placed.type).toBe("order")
      })

      it("refuses at completion a piece whose producer went on vacation, or that she took out of the store", async () => {
        const onVacation = await readyCart()
        await api.post("/producer/me", { vacation_from: day(0), vacation_until: day(6) }, ayse)
        expect(await failedRequest(complete(onVacation))).toMatchObject({
          status: 400,
          code: "producer_on_vacation",
          params: { producer: "Ayşe", product: "Oya küpe", back_on: day(7) },
        })
        await api.post("/producer/me", { vacation_from: null, vacation_until: null }, ayse)

        const archived = await readyCart()
        await api.post(`/producer/products/${earrings.productId}/archive`, {}, ayse)
        expect(await failedRequest(complete(archived))).toMatchObject({
          status: 400,
          code: "product_unavailable",
          params: { product: "Oya küpe" },
        })
      })

      it("orders at the price of the moment: a raise after checkout was prepared is refused once, then confirmed", async () => {
        const cartId = await readyCart()
        const before = await cartOf(cartId)
        expect(before.total).toBe(400 + 400 + 90)

        await api.post(
          `/producer/products/${earrings.productId}`,
          { variants: [{ id: earrings.variantId, prices: { try: 450 } }] },
          ayse
        )
        const refused = await failedRequest(complete(cartId))
        expect(refused).toMatchObject({
          status: 409,
          code: "cart_prices_changed",
          params: { old_total: 89_000, new_total: 94_000, currency_code: "try" },
        })

        // The cart holds the new price, and her way to pay is ready for the new total.
        const repriced = await cartOf(cartId)
        expect(repriced.completed_at).toBeNull()
        expect((await lineOf(cartId, earrings.variantId)).unit_price).toBe(450)
        expect(repriced.total).toBe(450 + 400 + 90)
        expect(repriced.payment_collection?.amount).toBe(940)
        expect(repriced.payment_collection?.payment_sessions).toEqual([
          expect.objectContaining({ provider_id: "pp_system_default" }),
        ])

        const placed = await complete(cartId)
        if (placed.type !== "order") {
          throw new Error("The order was not placed at the new price")
        }
        expect(placed.order.total).toBe(940)
      })

      it("orders at once when prices did not change, and answers a completed cart with its order", async () => {
        const cartId = await readyCart()
        const placed = await complete(cartId)
        expect(placed.type).toBe("order")
        const again = await complete(cartId)
        expect(again).toEqual(placed)
      })
    })
  },
})
