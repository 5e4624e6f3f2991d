import { integrationTestRunner } from "../../helpers/test-runner"
import { MathBN } from "@medusajs/framework/utils"
import type { AdminImpact, AdminImpactMonth, AdminProducerLedgerTotalsResponse } from "@imece/types"
import { applicationAnswers } from "../../helpers/applications"
import { placeOrder, setUpCheckoutStore } from "../../helpers/checkout"
import { failedRequest } from "../../helpers/http"
import { waitForMail } from "../../helpers/outbox"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import { PRODUCER_LEDGER_MODULE } from "../../../src/modules/producer-ledger"
import type ProducerLedgerModuleService from "../../../src/modules/producer-ledger/service"
import { PRODUCER_ORDER_MODULE } from "../../../src/modules/producer-order"
import type ProducerOrderModuleService from "../../../src/modules/producer-order/service"
import { cooperativeDay, cooperativeMonth } from "../../helpers/calendar"

jest.setTimeout(240_000)

type Headers = { headers: Record<string, string> }

const DAY = 24 * 60 * 60 * 1000
const day = (date: Date) => date.toISOString().slice(0, 10)
const month = cooperativeMonth
/** A day `monthsBack` months before the cooperative's this one, at 10:00 UTC (13:00 in Istanbul). */
function inMonth(monthsBack: number, dayOfMonth: number) {
  const [year, monthNumber] = cooperativeDay().split("-").map(Number)
  return new Date(Date.UTC(year, monthNumber - 1 - monthsBack, dayOfMonth, 10))
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 75; attempt++) {
    const value = await read()
    if (done(value)) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return read()
}

/** A CSV answer's text, its byte order mark kept, and its rows split into cells. */
function readCsv(body: ArrayBuffer) {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body)
  const rows = text
    .slice(1)
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(","))
  return { text, rows }
}

/** "1234.50" (or "-12.30") as minor units, without going through a float's rounding. */
const minor = (decimal: string) => {
  const [whole, fraction = ""] = decimal.replace(/^-/, "").split(".")
  const magnitude = Number(whole) * 100 + Number(fraction.padEnd(2, "0"))
  return decimal.startsWith("-") ? -magnitude : magnitude
}

integrationTestRunner({
  testSuite: ({ api, dbConnection, getContainer }) => {
    describe("Staff: the programme's impact", () => {
      const now = new Date()
      const thisMonth = cooperativeDay().slice(0, 7)
      // Two months back to today: the month before last has no sale.
      const from = day(inMonth(2, 1))
      const to = cooperativeDay()
      const period = `from=${from}&to=${to}`
      const approvedAt = inMonth(2, 2)
      const lastMonthSale = inMonth(1, 15)
      const lastMonthDelivery = inMonth(1, 20)

      let administrator: Headers
      let staff: Headers
      let ayse: Headers
      let ayseId: string
      let zehra: Headers
      /**
       * What each month should hold in TRY: orders as placed, money as the producers' ledger
       * booked it (earnings and reversals, each in the month it was booked).
       */
      let expected: Map<string, { orders: number; gross: number; commission: number }>

      // The world is built once; the runner snapshots it before the first test and restores it
      // before each of the others.
      beforeAll(async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        const store = context.storeHeaders
        const checkout = context.checkout
        administrator = await createAdministratorHeaders(container, api)
        staff = await createStaffHeaders(container, api)
        await api.post("/admin/cooperative-settings", { commission_bps: 250 }, administrator)

        // Two women apply; Ayşe is approved, sets her password from the invitation and logs in.
        await api.post("/store/producer-applications", applicationAnswers(), store)
        await api.post(
          "/store/producer-applications",
          applicationAnswers({
            full_name: "Zeynep Kaya",
            email: "zeynep@example.com",
            phone: "+90 532 765 43 21",
          }),
          store
        )
        const {
          data: {
            applications: [application],
          },
        } = await api.get("/admin/producer-applications?q=ayse@example.com", staff)
        const { data: approval } = await api.post(
          `/admin/producer-applications/${application.id}/approve`,
          {},
          staff
        )
        ayseId = approval.producer.id
        const invitation = await waitForMail(container, {
          to: "ayse@example.com",
          template: "producer-invitation",
        })
        const token = new URL(String(invitation.data?.link)).searchParams.get("token")
        await api.post(
          "/auth/producer/emailpass/update",
          { password: "oya-ve-dantel-2026" },
          { headers: { authorization: `Bearer ${token}` } }
        )
        const login = await api.post("/auth/producer/emailpass", {
          email: "ayse@example.com",
          password: "oya-ve-dantel-2026",
        })
        ayse = { headers: { authorization: `Bearer ${login.data.token}` } }

        // Zehra was added by staff without an application; Fatma has not sold yet.
        zehra = await createProducerHeaders(container, api, {
          handle: "zehra-kece",
          name: "Zehra",
          email: "zehra@test.local",
        })
        await api.post("/producer/me", { city: "İzmit", craft: { tr: "Keçe" } }, zehra)
        await createProducerHeaders(container, api, {
          handle: "fatma-dokuma",
          name: "Fatma",
          email: "fatma@test.local",
        })

        const variant = async (headers: Headers, title: string, price: number) =>
          (
            await api.post(
              "/producer/products",
              { title, prices: { try: price }, stock: 10 },
              headers
            )
          ).data.product.variants[0].id as string
        const earrings = await variant(ayse, "Oya küpe", 450)
        const scarf = await variant(ayse, "Oyalı yazma", 333.33)
        const slippers = await variant(zehra, "Keçe terlik", 600)

        const shared = await placeOrder(api, store, {
          ...checkout,
          items: [
            { variant_id: earrings, quantity: 2 },
            { variant_id: slippers, quantity: 1 },
          ],
        })
        const recent = await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: scarf, quantity: 1 }],
        })
        const canceled = await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: slippers, quantity: 1 }],
        })

        // Each order is split into producers' parts as it is placed.
        const producerOrders: ProducerOrderModuleService = container.resolve(PRODUCER_ORDER_MODULE)
        const parts = await eventually(
          () =>
            producerOrders.listProducerOrders(
              { order_id: [shared.id, recent.id, canceled.id] },
              { relations: ["items"] }
            ),
          (found) => found.length === 4
        )
        expect(parts).toHaveLength(4)

        // Each producer delivers her part of the shared order and Ayşe the recent one; Zehra's
        // own order is canceled below. Each delivered line is earned on her ledger.
        const partsOf = (orderId: string) => parts.filter((part) => part.order_id === orderId)
        const headersOf = (producerId: string) => (producerId === ayseId ? ayse : zehra)
        for (const part of [...partsOf(shared.id), ...partsOf(recent.id)]) {
          const headers = headersOf(part.producer_id)
          await api.post(`/producer/orders/${part.id}/prepare`, {}, headers)
          await api.post(
            `/producer/orders/${part.id}/ship`,
            { carrier: "PTT", tracking_number: `PTT-${part.id}` },
            headers
          )
          await api.post(`/producer/orders/${part.id}/deliver`, {}, headers)
        }
        const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
        const earned = await eventually(
          () => ledger.listLedgerEntries({ kind: "earning" }),
          (entries) => entries.length === 3
        )
        expect(earned).toHaveLength(3)

        // 300 TRY of the shared order refunded after delivery: spread over its lines by what each
        // can give back (180 of Ayşe's 900, 120 of Zehra's 600), reversed on both ledgers.
        const { data: paid } = await api.get(
          `/admin/orders/${shared.id}?fields=id,*payment_collections.payments`,
          administrator
        )
        const [payment] = paid.order.payment_collections[0].payments
        await api.post(`/admin/payments/${payment.id}/capture`, {}, administrator)
        await api.post(`/admin/payments/${payment.id}/refund`, { amount: 300 }, administrator)
        const reversed = await eventually(
          () => ledger.listLedgerEntries({ kind: "reversal" }),
          (entries) => entries.length === 2
        )
        expect(reversed).toHaveLength(2)

        // History: Ayşe applied and was approved two months ago, the shared order was placed
        // last month and delivered days later, and Zehra's own order was canceled. The refund
        // is this month's. Dates are set in the database: no workflow rewrites the past.
        await dbConnection.raw(
          "update producer_application set created_at = ?, submitted_at = ? where id = ?",
          [inMonth(2, 1), inMonth(2, 1), application.id]
        )
        await dbConnection.raw(
          `update producer_application_event set created_at = case when action = 'approve' then ?::timestamptz else ?::timestamptz end where application_id = ?`,
          [approvedAt, inMonth(2, 1), application.id]
        )
        await dbConnection.raw("update producer_order set created_at = ? where order_id = ?", [
          lastMonthSale,
          shared.id,
        ])
        await dbConnection.raw(
          "update ledger_entry set created_at = ? where order_id = ? and kind = 'earning'",
          [lastMonthDelivery, shared.id]
        )
        await producerOrders.updateProducerOrders(
          partsOf(canceled.id).map((part) => ({ id: part.id, status: "canceled" as const }))
        )

        // Orders per month as placed; money per month straight from the ledger's entries.
        const ordersIn = new Map([
          [month(lastMonthSale), 1],
          [thisMonth, 1],
        ])
        const entries = await ledger.listLedgerEntries({ kind: ["earning", "reversal"] })
        expected = new Map(
          [month(inMonth(2, 1)), month(lastMonthSale), thisMonth].map((key) => {
            const booked = entries.filter((entry) => month(entry.created_at) === key)
            const net = booked.reduce(
              (sum, entry) => sum + MathBN.convert(entry.amount).toNumber(),
              0
            )
            const commission = booked.reduce(
              (sum, entry) => sum + MathBN.convert(entry.commission).toNumber(),
              0
            )
            return [key, { orders: ordersIn.get(key) ?? 0, gross: net + commission, commission }]
          })
        )
      })

      const impactOf = async (query: string): Promise<AdminImpact> =>
        (await api.get(`/admin/impact?${query}`, staff)).data.impact
      const tryMonths = (impact: AdminImpact) =>
        impact.monthly.filter((row) => row.currency_code === "try")

      it("follows applicants to their first sale and counts every month's income from the ledger", async () => {
        const impact = await impactOf(period)

        expect(impact.period).toEqual(
          expect.objectContaining({
            from,
            to,
            months: [month(inMonth(2, 1)), month(lastMonthSale), thisMonth],
          })
        )
        expect(impact.funnel).toEqual({
          applications_submitted: 2,
          approved: 1,
          first_sale: 1,
          active_last_30_days: 1,
          median_days_to_first_sale:
            Math.round(((lastMonthSale.getTime() - approvedAt.getTime()) / DAY) * 10) / 10,
        })

        // Delivered last month: 450 × 2 + 600 at 2.5 %. This month: 333.33 delivered (8.33 to
        // the cooperative), 300 of last month's order refunded (7.50 of it the cooperative's).
        expect([...expected.values()].map((row) => row.gross)).toEqual([0, 150000, 33333 - 30000])
        expect(expected.get(month(lastMonthSale))?.commission).toBe(2250 + 1500)
        expect(expected.get(thisMonth)?.commission).toBe(833 - 450 - 300)
        expect(
          tryMonths(impact).map(({ month, orders, gross, commission, net }) => ({
            month,
            orders,
            gross,
            commission,
            net,
          }))
        ).toEqual(
          [...expected].map(([month, row]) => ({ month, ...row, net: row.gross - row.commission }))
        )
        // Orders and their average stay as placed: 1 500 + 333.33 TRY over two orders.
        const total = impact.totals.find((row) => row.currency_code === "try")
        expect(total).toEqual(
          expect.objectContaining({ orders: 2, gross: 153333, average_order_value: 91667 })
        )
        expect(tryMonths(impact).map((row) => row.average_order_value)).toEqual([0, 150000, 33333])

        expect(impact.top_producers.map((row) => [row.producer.name, row.gross])).toEqual([
          ["Ayşe Yılmaz", 90000 + 33333 - 18000],
          ["Zehra", 60000 - 12000],
        ])
        expect(
          impact.cities.map((city) => [city.city, city.producers, city.producers_with_sales])
        ).toEqual([
          ["Ankara", 1, 1],
          ["İzmit", 1, 1],
          [null, 1, 0],
        ])
        expect(impact.crafts.map((craft) => craft.craft)).toEqual([
          { tr: "İğne oyası" },
          { tr: "Keçe" },
          null,
        ])
        expect(
          impact.struggling_producers.map((row) => [row.producer.name, row.days_since_last_sale])
        ).toEqual([["Fatma", null]])
        // Zehra's last sale, on the 15th of last month, is within 30 days early in a month.
        const zehraRecent = now.getTime() - lastMonthSale.getTime() < 30 * DAY
        expect(impact.producers).toEqual({
          active: 3,
          with_sales: 2,
          active_last_30_days: zehraRecent ? 2 : 1,
        })
        expect(impact.top_producers[0].producer.id).toBe(ayseId)
      })

      it("covers the last twelve months when no period is given", async () => {
        const impact = await impactOf("")
        expect(impact.period.from).toBe(day(inMonth(11, 1)))
        expect(impact.period.to).toBe(cooperativeDay())
        expect(impact.period.months).toHaveLength(12)
        expect(impact.totals.find((row) => row.currency_code === "try")?.gross).toBe(153333)
      })

      it("exports each table as CSV for Excel, with the report's own monthly totals", async () => {
        const impact = await impactOf(period)
        const response = await api.get(`/admin/impact/export?${period}&table=monthly`, {
          ...staff,
          responseType: "arraybuffer",
        })
        expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8")
        expect(response.headers["content-disposition"]).toBe(
          `attachment; filename="imece-impact-monthly-${from}-${to}.csv"`
        )
        const bytes = new Uint8Array(response.data)
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const { rows } = readCsv(response.data)
        expect(rows[0]).toEqual([
          "Ay",
          "Para birimi",
          "Sipariş",
          "Brüt satış",
          "Komisyon",
          "Üreticilerin kazancı",
          "Ortalama sipariş tutarı",
        ])
        const tryRows = rows.slice(1).filter((row) => row[1] === "TRY")
        expect(
          tryRows.map(([month, , orders, gross, commission, net]) => ({
            month,
            orders: Number(orders),
            gross: minor(gross),
            commission: minor(commission),
            net: minor(net),
          }))
        ).toEqual(
          tryMonths(impact).map(({ month, orders, gross, commission, net }: AdminImpactMonth) => ({
            month,
            orders,
            gross,
            commission,
            net,
          }))
        )
        expect(tryRows.reduce((sum, row) => sum + minor(row[3]), 0)).toBe(153333)
        expect(tryRows[1][3]).toBe("1500.00")

        const cities = readCsv(
          (
            await api.get(`/admin/impact/export?${period}&table=cities&locale=en`, {
              ...staff,
              responseType: "arraybuffer",
            })
          ).data
        )
        expect(cities.rows[0][0]).toBe("City")
        expect(cities.rows.slice(1).map((row) => row[0])).toEqual(
          expect.arrayContaining(["Ankara", "İzmit", "(not given)"])
        )
      })

      it("sums the ledger for the same days to the monthly CSV's totals, payouts apart", async () => {
        const ledgerTotals = async (): Promise<AdminProducerLedgerTotalsResponse> =>
          (await api.get(`/admin/producer-ledger/totals?${period}`, staff)).data
        /** The monthly CSV's money summed per currency, as minor units. */
        const csvTotals = async () => {
          const { rows } = readCsv(
            (
              await api.get(`/admin/impact/export?${period}&table=monthly&locale=en`, {
                ...staff,
                responseType: "arraybuffer",
              })
            ).data
          )
          const sums = new Map<string, { gross: number; commission: number; net: number }>()
          for (const [, currency, , gross, commission, net] of rows.slice(1)) {
            const code = currency.toLowerCase()
            const sum = sums.get(code) ?? { gross: 0, commission: 0, net: 0 }
            sums.set(code, {
              gross: sum.gross + minor(gross),
              commission: sum.commission + minor(commission),
              net: sum.net + minor(net),
            })
          }
          // The report also shows the store's default currency without income; the ledger
          // has no entry to sum for it.
          return [...sums]
            .filter(([, sum]) => sum.gross || sum.commission || sum.net)
            .map(([currency_code, sum]) => ({ currency_code, ...sum }))
        }

        const before = await ledgerTotals()
        expect(before.period).toEqual({ from, to })
        // 1 500 + 333.33 TRY delivered, 300 refunded; 2.5 % to the cooperative throughout.
        expect(before.totals).toEqual([
          {
            currency_code: "try",
            gross: 153333,
            commission: 3833,
            net: 149500,
            reversals: -30000,
            payouts: 0,
          },
        ])
        const fromCsv = await csvTotals()
        expect(fromCsv).toEqual(
          before.totals.map(({ currency_code, gross, commission, net }) => ({
            currency_code,
            gross,
            commission,
            net,
          }))
        )

        // Ayşe is paid what she earned: a payout on the ledger, which is not income.
        await api.post(
          "/producer/me",
          { iban: "TR33 0006 1005 1978 6457 8413 26", iban_holder: "Ayşe Yılmaz" },
          ayse
        )
        const {
          data: { payout_batch: batch },
        } = await api.post(
          "/admin/payout-batches",
          { period_start: from, period_end: to },
          administrator
        )
        await api.post(`/admin/payout-batches/${batch.id}/mark-paid`, {}, administrator)
        const after = await ledgerTotals()
        expect(after.totals).toEqual([{ ...before.totals[0], payouts: -(87750 + 32500 - 17550) }])
        expect(await csvTotals()).toEqual(fromCsv)

        // Without dates, the same last twelve months as the report.
        const { data: byDefault } = await api.get("/admin/producer-ledger/totals", staff)
        const impact = await impactOf("")
        expect(byDefault.period).toEqual({ from: impact.period.from, to: impact.period.to })
        expect(byDefault.totals[0].gross).toBe(153333)
      })

      it("refuses a period it cannot report, saying why", async () => {
        const refusals: [string, RegExp][] = [
          [`from=${from}`, /Give both 'from' and 'to'/],
          ["from=2026-02-30&to=2026-03-31", /'from' must be a calendar day written YYYY-MM-DD/],
          ["from=01.03.2026&to=2026-03-31", /'from' must be a calendar day/],
          ["from=2026-05-01&to=2026-04-01", /must be on or before 'to'/],
          ["from=2020-01-01&to=2026-01-01", /at most 3 years/],
          [`${period}&status=active`, /Unrecognized fields: 'status'/],
        ]
        for (const [query, message] of refusals) {
          for (const url of [`/admin/impact?${query}`, `/admin/producer-ledger/totals?${query}`]) {
            const refused = await failedRequest(api.get(url, staff))
            expect([url, refused.status]).toEqual([url, 400])
            expect(refused.message).toMatch(message)
          }
        }
        const noTable = await failedRequest(api.get(`/admin/impact/export?${period}`, staff))
        expect(noTable.status).toBe(400)
        const badTable = await failedRequest(
          api.get(`/admin/impact/export?${period}&table=ledger`, staff)
        )
        expect(badTable.status).toBe(400)
        expect(badTable.message).toMatch(/monthly, cities, crafts, producers/)
      })

      it("is for staff only: producers and guests see neither the report nor the ledger", async () => {
        for (const headers of [ayse, zehra, {}]) {
          for (const url of [
            `/admin/impact?${period}`,
            `/admin/impact/export?${period}&table=monthly`,
            `/admin/producer-ledger/totals?${period}`,
          ]) {
            const refused = await failedRequest(api.get(url, headers))
            expect([url, refused.status]).toEqual([url, 401])
          }
        }
      })
    })
  },
})
