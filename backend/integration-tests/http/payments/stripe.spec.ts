import { integrationTestRunner } from "../../helpers/test-runner"
import { payWith, startCart, setUpCheckoutStore } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import { createProducerHeaders, createStaffHeaders } from "../../helpers/store"
import { StripeStandIn, TEST_CARDS } from "@imece/stripe-stand-in"
import { STRIPE_PROVIDER_ID } from "../../../src/modules/payment-stripe"
import { PAYMENT_WEBHOOK_MODULE } from "../../../src/modules/payment-webhook"
import type PaymentWebhookModuleService from "../../../src/modules/payment-webhook/service"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }
type Payment = {
  id: string
  provider_id: string
  captured_at: string | null
  data: { id?: string }
  captures: { id: string }[]
}

const WEBHOOK_SECRET = "whsec_stand_in_secret"
const stripe = new StripeStandIn()

// The app reads Stripe's keys when it loads medusa-config, in the runner's own beforeAll, which
// runs after this one: by then the stand-in listens and the keys point the provider at it.
beforeAll(async () => {
  await stripe.start()
  process.env.STRIPE_API_KEY = "sk_test_stand_in"
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
  process.env.STRIPE_API_URL = stripe.url
})
afterAll(async () => {
  delete process.env.STRIPE_API_KEY
  delete process.env.STRIPE_WEBHOOK_SECRET
  delete process.env.STRIPE_API_URL
  await stripe.stop()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

integrationTestRunner({
  testSuite: ({ api, getContainer, utils }) => {
    describe("Paying by card through Stripe (a local stand-in of its API)", () => {
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
        // Capturing a charge moves money: Medusa's capture route is an administrator's.
        staff = await createStaffHeaders(container, api, "staff@test.local", "administrator")
      })

      /** Cart to card payment session; answers the cart and the intent the provider made. */
      const cartPayingByCard = async () => {
        const cartId = await startCart(api, store, {
          regionId: checkout.regionId,
          items: [{ variant_id: variantId, quantity: 1 }],
        })
        const session = await payWith(api, store, cartId, {
          shippingOptionId: checkout.shippingOptionId,
          provider_id: STRIPE_PROVIDER_ID,
        })
        const intent = stripe.intents.get(String(session.data.id))
        if (!intent) {
          throw new Error("The provider made no payment intent at the stand-in")
        }
        return { cartId, intent, session }
      }

      const paymentOf = async (orderId: string) => {
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=id,payment_status,*payment_collections.payments,*payment_collections.payments.captures,*transactions`,
          staff
        )
        const [payment]: Payment[] = data.order.payment_collections[0].payments
        return {
          payment,
          paymentStatus: data.order.payment_status as string,
          transactions: data.order.transactions as { reference: string }[],
        }
      }

      const orderPaidByCard = async () => {
        const { cartId, intent } = await cartPayingByCard()
        expect(await stripe.confirmAsShopper(intent.id, TEST_CARDS.visa)).toBe(200)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        return { orderId: data.order.id as string, intent }
      }

      it("is offered in the region when Stripe's keys are set", async () => {
        const { data } = await api.get(
          `/store/payment-providers?region_id=${checkout.regionId}`,
          store
        )
        expect(data.payment_providers.map((p: { id: string }) => p.id)).toContain(
          STRIPE_PROVIDER_ID
        )
      })

      it("places the order with the card authorized, and staff capture it", async () => {
        const { cartId, intent, session } = await cartPayingByCard()
        expect(session.data.client_secret).toBe(intent.client_secret)
        expect(intent.amount).toBe(54_000) // 450 + 90 shipping, in kuruş
        expect(intent.capture_method).toBe("manual")
        expect(intent.metadata.session_id).toBe(session.id)

        expect(await stripe.confirmAsShopper(intent.id, TEST_CARDS.visa)).toBe(200)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")

        const placed = await paymentOf(data.order.id)
        expect(placed.paymentStatus).toBe("authorized")
        expect(placed.payment.provider_id).toBe(STRIPE_PROVIDER_ID)
        expect(placed.payment.captured_at).toBeNull()

        await api.post(`/admin/payments/${placed.payment.id}/capture`, {}, staff)
        expect(stripe.calls("POST", new RegExp(`/${intent.id}/capture$`))).toHaveLength(1)
        expect(stripe.intents.get(intent.id)?.status).toBe("succeeded")
        const captured = await paymentOf(data.order.id)
        expect(captured.paymentStatus).toBe("captured")
      })

      it("places no order when the card is declined", async () => {
        const { cartId, intent } = await cartPayingByCard()
        expect(await stripe.confirmAsShopper(intent.id, TEST_CARDS.declined)).toBe(402)
        expect(stripe.intents.get(intent.id)?.status).toBe("requires_payment_method")

        const refused = await failedRequest(api.post(`/store/carts/${cartId}/complete`, {}, store))
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/not authorized/)
        const { data: orders } = await api.get("/admin/orders?fields=id", staff)
        expect(orders.orders).toHaveLength(0)
      })

      it("refuses a webhook Stripe did not sign, and handles each event once however often it comes", async () => {
        const { orderId, intent } = await orderPaidByCard()
        // Staff capture the charge in Stripe's dashboard; Stripe then tells the shop.
        intent.status = "succeeded"
        intent.amount_received = intent.amount
        intent.amount_capturable = 0
        const post = (event: { payload: string; signature: string }) =>
          api.post("/hooks/payment/stripe_stripe", event.payload, {
            headers: { "content-type": "application/json", "stripe-signature": event.signature },
          })

        const forged = stripe.webhookEvent("payment_intent.succeeded", intent, {
          secret: "whsec_someone_else",
        })
        const refused = await failedRequest(post(forged))
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/not signed by Stripe/)
        const unsigned = await failedRequest(
          api.post("/hooks/payment/stripe_stripe", forged.payload, {
            headers: { "content-type": "application/json" },
          })
        )
        expect(unsigned.status).toBe(400)

        // Stripe may deliver the same event twice at once, and again later.
        const event = stripe.webhookEvent("payment_intent.succeeded", intent, {
          id: "evt_replayed",
          secret: WEBHOOK_SECRET,
        })
        const deliveries = await Promise.all([post(event), post(event)])
        expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200])
        let paid = await paymentOf(orderId)
        // The payment is marked captured before the order's transaction is added: wait for both.
        const settled = () =>
          paid.payment.captured_at && paid.transactions.some((t) => t.reference === "capture")
        for (let attempt = 0; attempt < 60 && !settled(); attempt++) {
          await sleep(250)
          paid = await paymentOf(orderId)
        }
        expect(paid.payment.captured_at).toEqual(expect.any(String))
        expect((await post(event)).status).toBe(200)
        await utils.waitWorkflowExecutions()

        const webhooks: PaymentWebhookModuleService = getContainer().resolve(PAYMENT_WEBHOOK_MODULE)
        const accepted = await webhooks.listPaymentWebhookEvents({ provider: "stripe" })
        expect(accepted.map((row) => [row.event_id, row.event_type])).toEqual([
          ["evt_replayed", "payment_intent.succeeded"],
        ])
        const after = await paymentOf(orderId)
        expect(after.paymentStatus).toBe("captured")
        expect(after.payment.captures).toHaveLength(1)
        expect(after.transactions.filter((t) => t.reference === "capture")).toHaveLength(1)
        // Medusa asked Stripe to capture once (Stripe answered it already was) and never again.
        expect(stripe.calls("POST", new RegExp(`/${intent.id}/capture$`))).toHaveLength(1)
      })
    })
  },
})
