import { integrationTestRunner } from "../../helpers/test-runner"
import { ContainerRegistrationKeys, Modules, TransactionState } from "@medusajs/framework/utils"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"
import reconcileCheckouts from "../../../src/jobs/reconcile-checkouts"
import { CASH_ON_DELIVERY_PROVIDER_ID } from "../../../src/modules/payment-offline"
import { payWith, startCart, setUpCheckoutStore } from "../../helpers/checkout"
import { listProduct } from "../../helpers/producers"
import { createProducerHeaders } from "../../helpers/store"

jest.setTimeout(180_000)

// The job looks at checkouts at once here, rather than after five minutes.
process.env.CHECKOUT_RECONCILIATION_GRACE_SECONDS = "0"

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Reconciling checkouts: a payment authorized for a cart that has no order", () => {
      let store: Headers
      let checkout: { regionId: string; shippingOptionId: string }
      let producer: Headers

      beforeEach(async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        store = context.storeHeaders
        checkout = context.checkout
        producer = await createProducerHeaders(container, api)
      })

      /** Her cart, paid by cash on delivery and authorized, but never completed. */
      const authorizedCart = async (variantId: string) => {
        const cartId = await startCart(api, store, {
          regionId: checkout.regionId,
          items: [{ variant_id: variantId, quantity: 1 }],
        })
        const session = await payWith(api, store, cartId, {
          shippingOptionId: checkout.shippingOptionId,
          provider_id: CASH_ON_DELIVERY_PROVIDER_ID,
        })
        const payment = await getContainer()
          .resolve(Modules.PAYMENT)
          .authorizePaymentSession(session.id, {})
        if (!payment) {
          throw new Error("Cash on delivery was not authorized")
        }
        return { cartId, paymentId: payment.id }
      }

      const cartState = async (cartId: string, paymentId: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["id", "completed_at", "order.id"],
          filters: { id: cartId },
        })
        const payment = await getContainer().resolve(Modules.PAYMENT).retrievePayment(paymentId)
        return { orderId: cart.order?.id ?? null, canceledAt: payment.canceled_at ?? null }
      }

      it("completes the cart, as Medusa does after a payment webhook", async () => {
        const variantId = await listProduct(api, producer, { title: "Oya küpe", price: 450 })
        const { cartId, paymentId } = await authorizedCart(variantId)
        expect(await cartState(cartId, paymentId)).toEqual({ orderId: null, canceledAt: null })

        await reconcileCheckouts(getContainer())

        const after = await cartState(cartId, paymentId)
        expect(after.orderId).toEqual(expect.any(String))
        expect(after.canceledAt).toBeNull()
        // A second run finds nothing more to do.
        await reconcileCheckouts(getContainer())
        expect(await cartState(cartId, paymentId)).toEqual(after)
      })

      it("cancels the authorization when her item sold out meanwhile", async () => {
        const variantId = await listProduct(api, producer, {
          title: "Tek oya kolye",
          price: 900,
          stock: 1,
        })
        const { cartId, paymentId } = await authorizedCart(variantId)
        // Another shopper buys the only one.
        const otherCart = await startCart(api, store, {
          regionId: checkout.regionId,
          items: [{ variant_id: variantId, quantity: 1 }],
        })
        await payWith(api, store, otherCart, {
          shippingOptionId: checkout.shippingOptionId,
          provider_id: CASH_ON_DELIVERY_PROVIDER_ID,
        })
        const { data } = await api.post(`/store/carts/${otherCart}/complete`, {}, store)
        expect(data.type).toBe("order")

        await reconcileCheckouts(getContainer())

        const after = await cartState(cartId, paymentId)
        expect(after.orderId).toBeNull()
        expect(after.canceledAt).not.toBeNull()
      })
    })

    describe("Reconciling checkouts: a completion whose process died", () => {
      it("discards the order it made, linked to her payment but not yet to her cart", async () => {
        const container = getContainer()
        const { storeHeaders, checkout } = await setUpCheckoutStore(container)
        const producer = await createProducerHeaders(container, api)
        const variantId = await listProduct(api, producer, { title: "Oya tülbent", price: 300 })
        const cartId = await startCart(api, storeHeaders, {
          regionId: checkout.regionId,
          items: [{ variant_id: variantId, quantity: 1 }],
        })
        await payWith(api, storeHeaders, cartId, {
          shippingOptionId: checkout.shippingOptionId,
          provider_id: CASH_ON_DELIVERY_PROVIDER_ID,
        })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["email", "region_id", "currency_code", "payment_collection.id"],
          filters: { id: cartId },
        })
        // What Medusa's completion had done when its server was killed: her order made, and
        // linked to her payment collection in one link table but not yet to her cart in the other.
        const [order] = await container.resolve(Modules.ORDER).createOrders([
          {
            email: cart.email ?? undefined,
            region_id: cart.region_id ?? undefined,
            currency_code: cart.currency_code,
            items: [{ title: "Oya tülbent", variant_id: variantId, quantity: 1, unit_price: 300 }],
          },
        ])
        await container.resolve(ContainerRegistrationKeys.LINK).create({
          [Modules.ORDER]: { order_id: order.id },
          [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection?.id },
        })
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const startedAt = new Date(Date.now() - 3 * 60 * 1000)
        await knex("workflow_execution").insert({
          id: `wf_exec_${cartId}`,
          workflow_id: completeCartWorkflowId,
          transaction_id: cartId,
          run_id: `run_${cartId}`,
          execution: {},
          context: { data: { payload: { id: cartId } } },
          state: TransactionState.NOT_STARTED,
          created_at: startedAt,
          updated_at: startedAt,
        })
        await knex("order")
          .where({ id: order.id })
          .update({ created_at: new Date(startedAt.getTime() + 1000) })

        await reconcileCheckouts(container)

        const {
          data: [after],
        } = await query.graph({
          entity: "order",
          fields: ["status", "payment_collections.id"],
          filters: { id: order.id },
        })
        expect(after.status).toBe("canceled")
        expect(after.payment_collections ?? []).toEqual([])
      })
    })
  },
})
