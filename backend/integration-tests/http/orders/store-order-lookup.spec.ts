import { integrationTestRunner } from "../../helpers/test-runner"
import { payWith, setUpCheckout, startCart } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import { waitForMail } from "../../helpers/outbox"
import { createProducersWithProducts } from "../../helpers/producers"
import { setUpCooperativeStore } from "../../helpers/shop"
import { createStoreContext } from "../../helpers/store"

jest.setTimeout(180_000)

// Both tests search from one address; the limit itself is lowered in the last step.
process.env.ORDER_LOOKUP_RATE_LIMIT = "1000"
process.env.ORDER_LOOKUP_EMAIL_RATE_LIMIT = "1000"
// A proxy on this machine tells the backend each visitor's address (X-Forwarded-For).
process.env.TRUSTED_PROXIES = "loopback"

type Headers = { headers: Record<string, string> }
type PlacedOrder = { id: string; display_id: number; key: string }

const NO_MATCH = { status: 404, message: "No order matches this e-mail and number" }

const persianDigits = (value: number) =>
  String(value).replace(/[0-9]/g, (digit) => "۰۱۲۳۴۵۶۷۸۹"[Number(digit)])

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: a guest finds her order with her e-mail and its number", () => {
      let store: Headers
      let salesChannelId: string

      const lookup = (body: Record<string, unknown>, headers: Headers = store) =>
        api.post("/store/orders/lookup", body, headers)

      beforeEach(async () => {
        ;({ storeHeaders: store, salesChannelId } = await createStoreContext(getContainer()))
      })

      it("answers her order's id and key for her e-mail in any case and its number in any digits, and nobody else's", async () => {
        const container = getContainer()
        const { warehouseId } = await setUpCooperativeStore(container, salesChannelId)
        const checkout = await setUpCheckout(container, { warehouseId })
        const [ayse] = await createProducersWithProducts(container, salesChannelId, [
          { handle: "ayse-oya", name: "Ayşe", status: "active", products: [{ title: "Oya küpe" }] },
        ])
        const items = [{ variant_id: ayse.products[0].variants[0].id, quantity: 1 }]
        /** A guest's checkout with her own e-mail, written as she typed it. */
        const placeOrderAs = async (email: string): Promise<PlacedOrder> => {
          const cartId = await startCart(api, store, { regionId: checkout.regionId, items })
          await api.post(`/store/carts/${cartId}`, { email }, store)
          await payWith(api, store, cartId, {
            shippingOptionId: checkout.shippingOptionId,
            provider_id: "pp_system_default",
          })
          const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
          expect(data.type).toBe("order")
          return { ...data.order, key: data.order_key }
        }
        const elif = await placeOrderAs("Elif.Yilmaz@Example.com")
        const zeynep = await placeOrderAs("zeynep@example.com")

        const found = await lookup({
          email: "  elif.yilmaz@EXAMPLE.com ",
          display_id: String(elif.display_id),
        })
        expect(found.status).toBe(200)
        const elifsAnswer = { order: { id: elif.id }, order_key: elif.key }
        expect(found.data).toEqual(elifsAnswer)
        expect(
          (await lookup({ email: "elif.yilmaz@example.com", display_id: elif.display_id })).data
        ).toEqual(elifsAnswer)
        expect(
          (
            await lookup({
              email: "elif.yilmaz@example.com",
              display_id: persianDigits(elif.display_id),
            })
          ).data
        ).toEqual(elifsAnswer)

        // Her order opens with the key her checkout, the lookup and her receipt give her: the id
        // alone, another order's key or a made-up one is answered as an order that is not there.
        const withKey = (key: string): Headers => ({
          headers: { ...store.headers, "x-order-key": key },
        })
        const notThere = { status: 404, message: `Order id ${elif.id} was not found` }
        for (const headers of [store, withKey(zeynep.key), withKey(`${elif.key.slice(0, -1)}x`)]) {
          expect(await failedRequest(api.get(`/store/orders/${elif.id}`, headers))).toEqual(
            notThere
          )
        }
        const { data: opened } = await api.get(`/store/orders/${elif.id}`, withKey(elif.key))
        expect(opened.order.display_id).toBe(elif.display_id)
        const receipt = await waitForMail(container, {
          to: "zeynep@example.com",
          template: "shopper-order-placed",
        })
        expect(String(receipt.data?.text)).toContain(`/orders/${zeynep.id}?key=${zeynep.key}`)
        // A return is opened on a guest's order only with its key too.
        expect(
          await failedRequest(
            api.post(
              "/store/returns",
              {
                order_id: elif.id,
                items: [{ id: "ordli_any", quantity: 1 }],
                return_shipping: { option_id: "so_any" },
              },
              store
            )
          )
        ).toEqual(notThere)

        // A wrong e-mail and a number that does not exist answer alike.
        expect(
          await failedRequest(lookup({ email: "elif@example.com", display_id: elif.display_id }))
        ).toEqual(NO_MATCH)
        expect(
          await failedRequest(
            lookup({ email: "elif_yilmaz@example.com", display_id: elif.display_id })
          )
        ).toEqual(NO_MATCH)
        expect(
          await failedRequest(
            lookup({ email: "elif.yilmaz@example.com", display_id: zeynep.display_id + 100 })
          )
        ).toEqual(NO_MATCH)

        // Another shopper finds her own order, never Elif's.
        expect(
          await failedRequest(lookup({ email: "zeynep@example.com", display_id: elif.display_id }))
        ).toEqual(NO_MATCH)
        expect(
          (await lookup({ email: "zeynep@example.com", display_id: zeynep.display_id })).data
        ).toEqual({ order: { id: zeynep.id }, order_key: zeynep.key })

        // Another storefront's key does not reach this storefront's orders.
        const elsewhere = await createStoreContext(container)
        expect(
          await failedRequest(
            lookup(
              { email: "elif.yilmaz@example.com", display_id: elif.display_id },
              elsewhere.storeHeaders
            )
          )
        ).toEqual(NO_MATCH)
      })

      it("refuses a request that is not an e-mail and an order number, and too many tries", async () => {
        for (const body of [
          { display_id: 1 },
          { email: "elif.example.com", display_id: 1 },
          { email: "elif@example.com" },
          { email: "elif@example.com", display_id: "12a" },
          { email: "elif@example.com", display_id: 0 },
          { email: "elif@example.com", display_id: 1.5 },
          { email: "elif@example.com", display_id: 1, customer_id: "cus_1" },
        ]) {
          expect([body, (await failedRequest(lookup(body))).status]).toEqual([body, 400])
        }

        process.env.ORDER_LOOKUP_RATE_LIMIT = "0"
        try {
          const refused = await failedRequest(lookup({ email: "elif@example.com", display_id: 1 }))
          expect(refused).toEqual({
            status: 429,
            message: expect.stringMatching(/try again/),
            code: "too_many_order_lookups",
            params: { minutes: expect.any(Number) },
          })
        } finally {
          process.env.ORDER_LOOKUP_RATE_LIMIT = "1000"
        }
      })

      it("refuses the lookups past the limit for one e-mail, whatever address they come from", async () => {
        const from = (ip: string) => ({ headers: { ...store.headers, "x-forwarded-for": ip } })
        process.env.ORDER_LOOKUP_EMAIL_RATE_LIMIT = "3"
        try {
          for (let i = 1; i <= 3; i++) {
            expect(
              await failedRequest(
                lookup(
                  { email: "Zeynep.Kaya@example.com ", display_id: i },
                  from(`198.51.100.${i}`)
                )
              )
            ).toEqual(NO_MATCH)
          }
          // The fourth guess, from yet another address and in other letters, is one too many.
          const refused = await failedRequest(
            lookup({ email: "zeynep.kaya@example.com", display_id: 4 }, from("198.51.100.4"))
          )
          expect(refused).toEqual({
            status: 429,
            message: expect.stringMatching(/this e-mail/),
            code: "too_many_order_lookups",
            params: { minutes: expect.any(Number) },
          })
          // Another guest's e-mail is still searched.
          expect(
            await failedRequest(
              lookup({ email: "ayse.demir@example.com", display_id: 1 }, from("198.51.100.4"))
            )
          ).toEqual(NO_MATCH)
        } finally {
          process.env.ORDER_LOOKUP_EMAIL_RATE_LIMIT = "1000"
        }
      })
    })
  },
})
