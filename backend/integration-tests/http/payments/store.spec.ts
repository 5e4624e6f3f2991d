import { integrationTestRunner } from "../../helpers/test-runner"
import {
  payWith,
  placeOrder,
  receiveWholePayment,
  startCart,
  type PaymentSession,
  setUpCheckoutStore,
} from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createShopperHeaders,
} from "../../helpers/store"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
} from "../../../src/modules/payment-offline"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }
type Payment = {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  data: Record<string, unknown>
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Paying for an order: cash on delivery and bank transfer", () => {
      let store: Headers
      let staff: Headers
      let checkout: { regionId: string; shippingOptionId: string }
      let variantId: string

      beforeEach(async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        store = context.storeHeaders
        checkout = context.checkout
        const producer = await createProducerHeaders(container, api)
        const { data } = await api.post(
          "/producer/products",
          { title: "Oya küpe", prices: { try: 450 }, stock: 5 },
          producer
        )
        variantId = data.product.variants[0].id
        staff = await createAdministratorHeaders(container, api)
      })

      /** The order's payment as staff read it in Medusa's own admin API. */
      const paymentOf = async (orderId: string) => {
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=id,payment_status,*payment_collections.payments`,
          staff
        )
        const payments: Payment[] = data.order.payment_collections.flatMap(
          (collection: { payments: Payment[] }) => collection.payments
        )
        expect(payments).toHaveLength(1)
        return { payment: payments[0], paymentStatus: data.order.payment_status as string }
      }

      /** A shopper's cart up to the payment step; answers the session she picked. */
      const cartWithPaymentSession = async (providerId: string) => {
        const cartId = await startCart(api, store, {
          regionId: checkout.regionId,
          items: [{ variant_id: variantId, quantity: 2 }],
        })
        const session = await payWith(api, store, cartId, {
          shippingOptionId: checkout.shippingOptionId,
          provider_id: providerId,
        })
        return { cartId, session }
      }

      it("offers both methods in the region", async () => {
        const { data } = await api.get(
          `/store/payment-providers?region_id=${checkout.regionId}`,
          store
        )
        const ids = data.payment_providers.map((provider: { id: string }) => provider.id)
        expect(ids).toEqual(
          expect.arrayContaining([CASH_ON_DELIVERY_PROVIDER_ID, BANK_TRANSFER_PROVIDER_ID])
        )
      })

      it("places a cash-on-delivery order with its payment authorized, not yet taken", async () => {
        const order = await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: variantId, quantity: 1 }],
          provider_id: CASH_ON_DELIVERY_PROVIDER_ID,
        })

        const { payment, paymentStatus } = await paymentOf(order.id)
        expect(payment.provider_id).toBe(CASH_ON_DELIVERY_PROVIDER_ID)
        expect(payment.captured_at).toBeNull()
        expect(paymentStatus).toBe("authorized")
      })

      it("shows the cooperative's account and a reference for a bank transfer, on the session and the order", async () => {
        const { cartId, session } = await cartWithPaymentSession(BANK_TRANSFER_PROVIDER_ID)
        expect(session.provider_id).toBe(BANK_TRANSFER_PROVIDER_ID)
        expect(session.data).toEqual(
          expect.objectContaining({
            iban: "TR33 0006 1005 1978 6457 8413 26",
            account_holder: "İmece Kadın Kooperatifi",
            bank_name: "Demo Bankası",
            reference: expect.stringMatching(/^IMC-[A-HJ-NP-Z2-9]{6}$/),
          })
        )

        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        const { payment, paymentStatus } = await paymentOf(data.order.id)
        expect(paymentStatus).toBe("authorized")
        expect(payment.data.reference).toBe(session.data.reference)
        expect(payment.data.iban).toBe(session.data.iban)
      })

      it("keeps the cooperative's account whatever the shopper sends as session data", async () => {
        const { cart } = (await api.post("/store/carts", { region_id: checkout.regionId }, store))
          .data
        const { payment_collection } = (
          await api.post("/store/payment-collections", { cart_id: cart.id }, store)
        ).data
        const { data } = await api.post(
          `/store/payment-collections/${payment_collection.id}/payment-sessions`,
          {
            provider_id: BANK_TRANSFER_PROVIDER_ID,
            data: { iban: "TR00 1111 2222 3333 4444 5555 66", reference: "IMC-AAAAAA" },
          },
          store
        )
        const [session]: PaymentSession[] = data.payment_collection.payment_sessions
        expect(session.data.iban).toBe("TR33 0006 1005 1978 6457 8413 26")
        expect(session.data.reference).not.toBe("IMC-AAAAAA")
      })

      it("refuses Medusa's capture route for a bank transfer, which is paid by recording the money received", async () => {
        const order = await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: variantId, quantity: 2 }],
          provider_id: BANK_TRANSFER_PROVIDER_ID,
        })
        const { payment } = await paymentOf(order.id)

        // As Medusa's dashboard asks, with the amount: it shows the `message` of a 400
        // `not_allowed`, and our console translates the code.
        const refused = await api.post(
          `/admin/payments/${payment.id}/capture`,
          { amount: payment.amount },
          { ...staff, validateStatus: () => true }
        )
        expect({ status: refused.status, body: refused.data }).toEqual({
          status: 400,
          body: {
            type: "not_allowed",
            code: "offline_payment_needs_receipt",
            message: expect.stringMatching(/record the money received/),
            params: {},
          },
        })
        expect((await paymentOf(order.id)).payment.captured_at).toBeNull()

        await receiveWholePayment(api, staff, payment)
        const after = await paymentOf(order.id)
        expect(after.payment.captured_at).toEqual(expect.any(String))
        expect(after.paymentStatus).toBe("captured")
      })

      it("refuses a capture from a shopper or from nobody", async () => {
        const order = await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: variantId, quantity: 1 }],
          provider_id: CASH_ON_DELIVERY_PROVIDER_ID,
        })
        const { payment } = await paymentOf(order.id)
        const shopper = await createShopperHeaders(getContainer(), api)

        for (const headers of [shopper, store, {}]) {
          const refused = await failedRequest(
            api.post(`/admin/payments/${payment.id}/capture`, {}, headers)
          )
          expect(refused.status).toBe(401)
        }
        const after = await paymentOf(order.id)
        expect(after.payment.captured_at).toBeNull()
      })
    })

    describe("Stripe's webhook while Stripe is not set up", () => {
      it("is refused with 400, signed or not, as nothing here can check or handle it", async () => {
        for (const headers of [
          { "content-type": "application/json" },
          { "content-type": "application/json", "stripe-signature": "t=1,v1=forged" },
        ]) {
          const refused = await failedRequest(
            api.post("/hooks/payment/stripe_stripe", '{"id":"evt_1","type":"charge.succeeded"}', {
              headers,
            })
          )
          expect(refused).toEqual(
            expect.objectContaining({ status: 400, code: "stripe_not_configured" })
          )
        }
      })
    })
  },
})
