import { integrationTestRunner } from "../../helpers/test-runner"
import { Modules } from "@medusajs/framework/utils"
import type {
  AdminPendingPaymentListResponse,
  AdminRecordPaymentReceiptBody,
  AdminRecordPaymentReceiptResponse,
} from "@imece/types"
import { placeOrder, setUpCheckoutStore } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import {
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
} from "../../../src/modules/payment-offline"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Staff: orders waiting for their payment", () => {
      let store: Headers
      let staff: Headers
      let orders: { bank: { id: string }; cash: { id: string }; card: { id: string } }

      beforeEach(async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        store = context.storeHeaders
        const checkout = context.checkout
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

      /** The cooperative's day, as staff pick it in the form. */
      const day = (offsetDays = 0) =>
        new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(
          new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000)
        )

      const record = async (
        paymentId: string,
        body: Partial<AdminRecordPaymentReceiptBody> = {}
      ): Promise<AdminRecordPaymentReceiptResponse> =>
        (
          await api.post(
            `/admin/pending-payments/${paymentId}/receipts`,
            { amount: 540, received_at: day(), reference: "IMC-TEST01", ...body },
            staff
          )
        ).data

      const paymentStatus = async (orderId: string) =>
        (await api.get(`/admin/orders/${orderId}?fields=payment_status`, staff)).data.order
          .payment_status

      it("captures the payment when the money received matches what is due", async () => {
        const [bank] = (await list("?method=bank_transfer")).payments
        expect(bank).toEqual(
          expect.objectContaining({
            age_days: 0,
            amount_received: 0,
            flag: null,
            receipts: [],
            captured_at: null,
          })
        )

        const { payment_receipt, payment } = await record(bank.id, {
          reference: bank.reference ?? "",
          note: "Seen on the statement",
        })
        expect(payment_receipt).toEqual(
          expect.objectContaining({
            payment_id: bank.id,
            order_id: orders.bank.id,
            method: "bank_transfer",
            amount: 540,
            currency_code: "try",
            reference: bank.reference,
            note: "Seen on the statement",
            recorded_by: expect.stringMatching(/^user_/),
            outcome: "matched",
          })
        )
        expect(payment).toEqual(
          expect.objectContaining({ captured_at: expect.any(String), amount_received: 540 })
        )
        expect(await paymentStatus(orders.bank.id)).toBe("captured")
        const after = await list()
        expect(after.payments.map((p) => p.method)).toEqual(["cash_on_delivery"])

        const again = await failedRequest(record(bank.id))
        expect(again.status).toBe(400)
        expect(again.message).toMatch(/already captured/)
        expect(again.code).toBe("payment_already_captured")
      })

      it("flags a short or an over amount and leaves the order unpaid until it adds up", async () => {
        const [cash] = (await list("?method=cash_on_delivery")).payments
        const short = await record(cash.id, { amount: 500.5, reference: "KRG-1001" })
        expect(short.payment_receipt.outcome).toBe("short")
        expect(short.payment).toEqual(
          expect.objectContaining({
            captured_at: null,
            amount_received: 500.5,
            flag: "short",
            difference: -39.5,
          })
        )
        expect(await paymentStatus(orders.cash.id)).not.toBe("captured")
        const [listed] = (await list("?method=cash_on_delivery")).payments
        expect(listed).toEqual(expect.objectContaining({ flag: "short", difference: -39.5 }))
        expect(listed.receipts.map((r) => r.reference)).toEqual(["KRG-1001"])

        const rest = await record(cash.id, { amount: 39.5, reference: "KRG-1002" })
        expect(rest.payment_receipt.outcome).toBe("matched")
        expect(rest.payment).toEqual(
          expect.objectContaining({ amount_received: 540, flag: null, difference: 0 })
        )
        expect(rest.payment.captured_at).not.toBeNull()
        expect(await paymentStatus(orders.cash.id)).toBe("captured")

        const [bank] = (await list("?method=bank_transfer")).payments
        const over = await record(bank.id, { amount: 600 })
        expect(over.payment_receipt.outcome).toBe("over")
        expect(over.payment).toEqual(
          expect.objectContaining({ captured_at: null, flag: "over", difference: 60 })
        )
        expect(await paymentStatus(orders.bank.id)).not.toBe("captured")
        expect((await list()).payments.map((p) => [p.method, p.flag])).toEqual([
          ["bank_transfer", "over"],
        ])
      })

      it("records nothing for a future day, a bad amount, a card, an unknown payment or a failed capture", async () => {
        const [bank] = (await list("?method=bank_transfer")).payments
        for (const [body, message] of [
          [{ received_at: day(2) }, /future/],
          [{ received_at: new Date(Date.now() + 60 * 60 * 1000).toISOString() }, /future/],
          [{ received_at: "2026-02-30" }, /YYYY-MM-DD/],
          [{ amount: 0 }, /more than zero/],
          [{ amount: 540.123 }, /two decimals/],
          [{ reference: " " }, /reference/],
        ] as const) {
          const refused = await failedRequest(record(bank.id, body))
          expect([body, refused.status]).toEqual([body, 400])
          expect(refused.message).toMatch(message)
        }
        expect((await list("?method=bank_transfer")).payments[0].receipts).toEqual([])

        const { data } = await api.get(
          `/admin/orders/${orders.card.id}?fields=payment_collections.payments.id`,
          staff
        )
        const cardPaymentId = data.order.payment_collections[0].payments[0].id
        const card = await failedRequest(record(cardPaymentId))
        expect(card.status).toBe(400)
        expect(card.message).toMatch(/bank transfers and cash on delivery/)
        expect((await failedRequest(record("pay_unknown"))).status).toBe(404)

        // A capture that fails takes its receipt with it.
        const payments = getContainer().resolve(Modules.PAYMENT)
        const capture = jest
          .spyOn(payments, "capturePayment")
          .mockRejectedValueOnce(new Error("The payment provider is down"))
        try {
          expect((await failedRequest(record(bank.id))).status).toBeGreaterThanOrEqual(400)
        } finally {
          capture.mockRestore()
        }
        const [after] = (await list("?method=bank_transfer")).payments
        expect(after).toEqual(
          expect.objectContaining({ id: bank.id, receipts: [], captured_at: null })
        )
      })

      it("refuses an unknown method and anyone but staff", async () => {
        const unknown = await failedRequest(list("?method=cheque"))
        expect(unknown.status).toBe(400)
        const [bank] = (await list("?method=bank_transfer")).payments
        const container = getContainer()
        const shopper = await createShopperHeaders(container, api)
        const producer = await createProducerHeaders(container, api, {
          handle: "another-producer",
          email: "another@test.local",
        })
        for (const headers of [shopper, producer, store, {}]) {
          const refused = await failedRequest(api.get("/admin/pending-payments", headers))
          expect(refused.status).toBe(401)
          const recorded = await failedRequest(
            api.post(
              `/admin/pending-payments/${bank.id}/receipts`,
              { amount: 540, received_at: day(), reference: "IMC-TEST01" },
              headers
            )
          )
          expect(recorded.status).toBe(401)
        }
        expect((await list("?method=bank_transfer")).payments[0].receipts).toEqual([])
      })
    })
  },
})
