import { integrationTestRunner } from "../../helpers/test-runner"
import type {
  AdminPayoutBatch,
  AdminPayoutProposal,
  ProducerEarningsResponse,
  ProducerOrder,
} from "@imece/types"
import { PRODUCER_LEDGER_MODULE } from "../../../src/modules/producer-ledger"
import type ProducerLedgerModuleService from "../../../src/modules/producer-ledger/service"
import { placeOrder, setUpCheckoutStore } from "../../helpers/checkout"
import { eventually, failedRequest } from "../../helpers/http"
import { listProduct } from "../../helpers/producers"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import { cooperativeDay } from "../../helpers/calendar"

jest.setTimeout(240_000)

type Headers = { headers: Record<string, string> }

const AYSE_IBAN = "TR33 0006 1005 1978 6457 8413 26"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Producers' earnings, refunds and payout batches", () => {
      let ayse: Headers
      let zehra: Headers
      let administrator: Headers
      let reviewer: Headers
      let orderId: string

      beforeEach(async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        const checkout = context.checkout
        administrator = await createAdministratorHeaders(container, api)
        reviewer = await createStaffHeaders(container, api)
        await api.post("/admin/cooperative-settings", { commission_bps: 1_000 }, administrator)
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
        await api.post("/producer/me", { iban: AYSE_IBAN, iban_holder: "Ayşe Yılmaz" }, ayse)
        const earrings = await listProduct(api, ayse, { title: "Oya küpe", price: 450 })
        const scarf = await listProduct(api, ayse, { title: "Oyalı yazma", price: 300 })
        const slippers = await listProduct(api, zehra, { title: "Keçe terlik", price: 600 })
        const order = await placeOrder(api, context.storeHeaders, {
          ...checkout,
          items: [
            { variant_id: earrings, quantity: 2 },
            { variant_id: scarf, quantity: 1 },
            { variant_id: slippers, quantity: 1 },
          ],
        })
        orderId = order.id
      })

      const earningsOf = async (headers: Headers): Promise<ProducerEarningsResponse> =>
        (await api.get("/producer/earnings", headers)).data

      const deliver = async (headers: Headers) => {
        const [part] = await eventually(
          async () => (await api.get("/producer/orders", headers)).data.orders as ProducerOrder[],
          (parts) => parts.length > 0
        )
        await api.post(`/producer/orders/${part.id}/prepare`, {}, headers)
        await api.post(
          `/producer/orders/${part.id}/ship`,
          { carrier: "PTT", tracking_number: "PTT123" },
          headers
        )
        await api.post(`/producer/orders/${part.id}/deliver`, {}, headers)
      }

      const refund = async (amount: number) => {
        const { data } = await api.get(
          `/admin/orders/${orderId}?fields=id,*payment_collections.payments`,
          administrator
        )
        const [payment] = data.order.payment_collections[0].payments
        await api.post(`/admin/payments/${payment.id}/capture`, {}, administrator)
        await api.post(`/admin/payments/${payment.id}/refund`, { amount }, administrator)
      }

      it("books her earning at delivery, takes refunds off it, and pays it once however often staff confirm", async () => {
        await deliver(ayse)
        // 2 × 450 + 300 TRY at 10 %: 1 080 TRY hers, 120 TRY the cooperative's, in kuruş.
        const delivered = await eventually(
          () => earningsOf(ayse),
          (earnings) => earnings.entries.length === 2
        )
        expect(delivered.balances).toEqual([
          { currency_code: "try", balance: 108_000, payable: 108_000, held: 0, on_the_way: 0 },
        ])
        expect(
          delivered.entries.map((entry) => [entry.kind, entry.amount, entry.commission]).sort()
        ).toEqual([
          ["earning", 27_000, 3_000],
          ["earning", 81_000, 9_000],
        ])
        // Zehra has delivered nothing: nothing of hers, and nothing of Ayşe's, is shown to her.
        expect(await earningsOf(zehra)).toEqual({
          holding_days: 0,
          balances: [],
          entries: [],
          count: 0,
          offset: 0,
          limit: 20,
          payouts: [],
        })

        // 300 TRY back to the shopper, spread over the three lines by what each can give back:
        // 200 TRY of Ayşe's delivered lines (a reversal), 100 TRY of Zehra's line before delivery.
        await refund(300)
        const refunded = await eventually(
          () => earningsOf(ayse),
          (earnings) => earnings.entries.some((entry) => entry.kind === "reversal")
        )
        expect(refunded.balances[0].balance).toBe(108_000 - 18_000)
        expect(
          refunded.entries
            .filter((entry) => entry.kind === "reversal")
            .reduce((sum, entry) => sum + entry.amount + entry.commission, 0)
        ).toBe(-20_000)

        await deliver(zehra)
        const zehraEarned = await eventually(
          () => earningsOf(zehra),
          (earnings) => earnings.entries.length === 1
        )
        // 600 − 100 TRY refunded before delivery, less 10 %.
        expect(zehraEarned.entries[0]).toEqual(
          expect.objectContaining({ kind: "earning", amount: 45_000, commission: 5_000 })
        )

        const period = { period_start: "2026-01-01", period_end: cooperativeDay() }
        const proposal: { payout_proposal: AdminPayoutProposal } = (
          await api.get(
            `/admin/payout-batches/proposal?period_start=${period.period_start}&period_end=${period.period_end}`,
            reviewer
          )
        ).data
        expect(proposal.payout_proposal.payouts).toEqual([
          expect.objectContaining({ producer_name: "Ayşe", amount: 90_000, currency_code: "try" }),
        ])
        expect(proposal.payout_proposal.payouts[0].iban_masked).not.toContain("0006")
        expect(proposal.payout_proposal.without_iban).toEqual([
          expect.objectContaining({ producer_name: "Zehra", amount: 45_000 }),
        ])

        // Two confirmations at the same moment: one batch, each earning in it once.
        const attempts = await Promise.allSettled([
          api.post("/admin/payout-batches", period, administrator),
          api.post("/admin/payout-batches", period, administrator),
        ])
        const made = attempts.flatMap((attempt) =>
          attempt.status === "fulfilled"
            ? [attempt.value.data.payout_batch as AdminPayoutBatch]
            : []
        )
        expect(made).toHaveLength(1)
        const refusal = attempts.find((attempt) => attempt.status === "rejected") as
          PromiseRejectedResult | undefined
        expect(refusal?.reason.response.status).toBe(400)
        const [batch] = made
        expect(batch.payouts.map((payout) => [payout.producer_name, payout.amount])).toEqual([
          ["Ayşe", 90_000],
        ])
        const { data: list } = await api.get("/admin/payout-batches", reviewer)
        expect(list.payout_batches).toHaveLength(1)
        const onTheWay = await earningsOf(ayse)
        expect(onTheWay.balances[0]).toEqual(
          expect.objectContaining({ balance: 90_000, payable: 0, on_the_way: 90_000 })
        )

        const csv = await api.get(`/admin/payout-batches/${batch.id}/export`, reviewer)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        const rows = String(csv.data)
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n")
        expect(rows).toEqual([
          "producer,iban,amount,currency,reference",
          `Ayşe,${AYSE_IBAN.replace(/ /g, "")},900.00,TRY,${batch.reference}`,
        ])

        const { data: paid } = await api.post(
          `/admin/payout-batches/${batch.id}/mark-paid`,
          {},
          administrator
        )
        expect(paid.payout_batch.status).toBe("paid")
        const after = await earningsOf(ayse)
        expect(after.balances[0]).toEqual(
          expect.objectContaining({ balance: 0, payable: 0, on_the_way: 0 })
        )
        expect(after.payouts).toEqual([
          expect.objectContaining({ reference: batch.reference, status: "paid", amount: 90_000 }),
        ])
        const again = await failedRequest(
          api.post(`/admin/payout-batches/${batch.id}/mark-paid`, {}, administrator)
        )
        expect(again.status).toBe(400)
        expect(again.code).toBe("payout_batch_not_confirmed")
        expect(again.params).toEqual({ reference: batch.reference })
      })

      it("holds her earning for the cooperative's holding period before a batch may pay it", async () => {
        await api.post("/admin/cooperative-settings", { earning_holding_days: 14 }, administrator)
        await deliver(ayse)
        const held = await eventually(
          () => earningsOf(ayse),
          (earnings) => earnings.entries.length === 2
        )
        expect(held.holding_days).toBe(14)
        expect(held.balances).toEqual([
          { currency_code: "try", balance: 108_000, payable: 0, held: 108_000, on_the_way: 0 },
        ])
        const period = `period_start=2026-01-01&period_end=${cooperativeDay()}`
        const { data } = await api.get(`/admin/payout-batches/proposal?${period}`, reviewer)
        expect(data.payout_proposal.payouts).toEqual([])
        const refused = await failedRequest(
          api.post(
            "/admin/payout-batches",
            { period_start: "2026-01-01", period_end: cooperativeDay() },
            administrator
          )
        )
        expect(refused.status).toBe(400)
      })

      it("reads her history a page at a time, her balances over all of it, the currency she sells in most first", async () => {
        const ledger: ProducerLedgerModuleService = getContainer().resolve(PRODUCER_LEDGER_MODULE)
        const idOf = async (headers: Headers): Promise<string> =>
          (await api.get("/producer/me", headers)).data.producer.id
        const [ayseId, zehraId] = [await idOf(ayse), await idOf(zehra)]
        const past = new Date("2026-01-01T00:00:00Z")
        const future = new Date("2999-01-01T00:00:00Z")
        const earning = (producer_id: string, currency_code: string, n: number, at = past) => ({
          producer_id,
          currency_code,
          kind: "earning" as const,
          amount: 1_000,
          commission: 100,
          available_at: at,
          key: `earning:test-${producer_id}-${currency_code}-${n}`,
        })
        // 25 sales in lira (one still held), one in euro long paid out: the euro balance is 0
        // and comes before the lira in the alphabet, not in her life.
        await ledger.createLedgerEntries([
          ...Array.from({ length: 24 }, (_, n) => earning(ayseId, "try", n)),
          earning(ayseId, "try", 24, future),
          { ...earning(ayseId, "eur", 0), payout_id: "payout_paid_long_ago" },
          {
            ...earning(ayseId, "eur", 1),
            kind: "payout" as const,
            amount: -1_000,
            commission: 0,
            payout_id: "payout_paid_long_ago",
            key: "payout:test-eur",
          },
          earning(zehraId, "try", 0),
        ])

        const first = (await api.get("/producer/earnings?limit=10", ayse)).data
        expect(first).toEqual(expect.objectContaining({ count: 27, offset: 0, limit: 10 }))
        expect(first.entries).toHaveLength(10)
        expect(first.balances).toEqual([
          { currency_code: "try", balance: 25_000, payable: 24_000, held: 1_000, on_the_way: 0 },
          { currency_code: "eur", balance: 0, payable: 0, held: 0, on_the_way: 0 },
        ])

        const seen: string[] = []
        for (const offset of [0, 10, 20]) {
          const page: ProducerEarningsResponse = (
            await api.get(`/producer/earnings?limit=10&offset=${offset}`, ayse)
          ).data
          expect(page.balances).toEqual(first.balances)
          seen.push(...page.entries.map((entry) => entry.id))
        }
        expect(seen).toHaveLength(27)
        expect(new Set(seen).size).toBe(27)
        expect((await api.get("/producer/earnings?offset=30", ayse)).data.entries).toEqual([])
        expect((await earningsOf(ayse)).entries).toHaveLength(20)
        expect((await earningsOf(zehra)).count).toBe(1)

        for (const query of ["limit=0", "limit=101", "offset=-1", "limit=ten", "producer_id=x"]) {
          const refused = await failedRequest(api.get(`/producer/earnings?${query}`, ayse))
          expect([query, refused.status]).toEqual([query, 400])
        }
      })

      it("lets only staff near payouts, only administrators move money, and each producer only her own ledger", async () => {
        const shopper = await createShopperHeaders(getContainer(), api)
        const period = { period_start: "2026-01-01", period_end: cooperativeDay() }
        for (const headers of [ayse, shopper, { headers: {} }]) {
          expect((await failedRequest(api.get("/admin/payout-batches", headers))).status).toBe(401)
          expect(
            (await failedRequest(api.post("/admin/payout-batches", period, headers))).status
          ).toBe(401)
        }
        expect(
          (await failedRequest(api.post("/admin/payout-batches", period, reviewer))).status
        ).toBe(403)
        for (const headers of [shopper, { headers: {} }]) {
          expect((await failedRequest(api.get("/producer/earnings", headers))).status).toBe(401)
        }
        const future = await failedRequest(
          api.post(
            "/admin/payout-batches",
            { period_start: "2026-01-01", period_end: "2999-01-01" },
            administrator
          )
        )
        expect(future.status).toBe(400)
        expect(future.code).toBe("payout_period_in_future")
        const unknown = await failedRequest(
          api.post("/admin/payout-batches", { ...period, amount: 1 }, administrator)
        )
        expect(unknown.status).toBe(400)
        const nothing = await failedRequest(
          api.post("/admin/payout-batches", period, administrator)
        )
        expect(nothing.status).toBe(400)
        expect(nothing.message).toMatch(/Nothing is payable/)
        expect(nothing.code).toBe("payout_nothing_payable")
      })
    })
  },
})
