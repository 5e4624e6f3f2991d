import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AdminPendingPaymentListResponse } from "@imece/types"
import { placeOrder, setUpCheckout } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import { setUpCooperativeStore } from "../../helpers/shop"
import {
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
  createStoreContext,
} from "../../helpers/store"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
} from "../../../src/modules/payment-offline"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Staff: orders waiting for their payment", () => {
      let store: Headers
      let staff: Headers
      let orders: { bank: { id: string }; cash: { id: string }; card: { id: string } }

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        const { warehouseId } = await setUpCooperativeStore(container, context.salesChannelId)
        const checkout = await setUpCheckout(container, { warehouseId })
        const producer = await createProducerHeaders(container, api)
        const { data } = await api.post(
          "/producer/products",
          { title: "Oya küpe", prices: { try: 450 }, stock: 10 },
          producer
        )
        const items = [{ variant_id: data.product.variants[0].id, quantity: 1 }]
        staff = await createStaffHeaders(container, api)
        const bank = await placeOrder(api, store, {
          ...checkout,
          items,
          provider_id: BANK_TRANSFER_PROVIDER_ID,
        })
        const cash = await placeOrder(api, store, {
          ...checkout,
          items,
          provider_id: CASH_ON_DELIVERY_PROVIDER_ID,
        })
        const card = await placeOrder(api, store, { ...checkout, items })
        orders = { bank, cash, card }
      })

      const list = async (query = ""): Promise<AdminPendingPaymentListResponse> =>
        (await api.get(`/admin/pending-payments${query}`, staff)).data

      it("lists bank transfers and cash on delivery not yet paid, the longest waiting first", async () => {
        const page = await list()
        expect(page.count).toBe(2)
        expect(page.payments.map((p) => [p.order?.id, p.method])).toEqual([
          [orders.bank.id, "bank_transfer"],
          [orders.cash.id, "cash_on_delivery"],
        ])
        const [bank, cash] = page.payments
        expect(bank).toEqual(
          expect.objectContaining({
            reference: expect.stringMatching(/^IMC-[A-HJ-NP-Z2-9]{6}$/),
            amount: 540,
            currency_code: "try",
            order: expect.objectContaining({
              email: "elif@example.com",
              customer_name: "Elif Alıcı",
              display_id: expect.any(Number),
            }),
          })
        )
        expect(cash.reference).toBeNull()

        const onlyCash = await list("?method=cash_on_delivery")
        expect(onlyCash.payments.map((p) => p.order?.id)).toEqual([orders.cash.id])
        expect((await list("?limit=1&offset=1")).payments.map((p) => p.method)).toEqual([
          "cash_on_delivery",
        ])
      })

      it("drops a payment from the list once staff mark it paid", async () => {
        const [bank] = (await list("?method=bank_transfer")).payments
        await api.post(`/admin/payments/${bank.id}/capture`, {}, staff)
        const after = await list()
        expect(after.count).toBe(1)
        expect(after.payments[0].method).toBe("cash_on_delivery")
      })

      it("refuses an unknown method and anyone but staff", async () => {
        const unknown = await failedRequest(list("?method=cheque"))
        expect(unknown.status).toBe(400)
        const shopper = await createShopperHeaders(getContainer(), api)
        for (const headers of [shopper, store, {}]) {
          const refused = await failedRequest(api.get("/admin/pending-payments", headers))
          expect(refused.status).toBe(401)
        }
      })
    })
  },
})
