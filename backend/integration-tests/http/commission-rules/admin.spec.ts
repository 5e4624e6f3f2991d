import { integrationTestRunner } from "../../helpers/test-runner"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminCommissionRule, ProducerOrder } from "@imece/types"
import { placeOrder, setUpCheckoutStore } from "../../helpers/checkout"
import { eventually, failedRequest } from "../../helpers/http"
import { listProduct } from "../../helpers/producers"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import { cooperativeDayOf } from "../../../src/utils/cooperative-calendar"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

const DAY = 24 * 60 * 60 * 1000
/** Days of the cooperative's calendar, counted from today. */
const day = (fromToday: number) =>
  cooperativeDayOf(new Date(Date.now() + fromToday * DAY), "Europe/Istanbul")

async function createCategory(container: MedusaContainer, name: string) {
  const {
    result: [category],
  } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name, is_active: true }] },
  })
  return category.id
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Admin: commission rules", () => {
      let administrator: Headers
      let reviewer: Headers

      beforeEach(async () => {
        const container = getContainer()
        administrator = await createAdministratorHeaders(container, api)
        reviewer = await createStaffHeaders(container, api, "reviewer@test.local")
      })

      const addRule = async (body: Record<string, unknown>) =>
        (await api.post("/admin/commission-rules", body, administrator)).data
          .commission_rule as AdminCommissionRule

      it("lets an administrator add rules and withdraw one not yet in force; staff read them", async () => {
        const container = getContainer()
        const jewellery = await createCategory(container, "Takı")
        const ayse = await createProducerHeaders(container, api, {
          handle: "ayse-oya",
          name: "Ayşe",
          email: "ayse@test.local",
        })
        const ayseId = (await api.get("/producer/me", ayse)).data.producer.id as string

        const created = await api.post(
          "/admin/commission-rules",
          { scope: "cooperative", rate_percent: 10, valid_from: day(0) },
          administrator
        )
        expect(created.status).toBe(201)
        expect(created.data.commission_rule).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^comrule_/),
            scope: "cooperative",
            target_id: null,
            target_name: null,
            rate_bps: 1000,
            in_force: true,
            status: "in_force",
          })
        )
        const category = await addRule({
          scope: "category",
          target_id: jewellery,
          rate_percent: 7.5,
          valid_from: day(0),
        })
        expect(category).toEqual(
          expect.objectContaining({ rate_bps: 750, target_name: "Takı", in_force: true })
        )
        const scheduled = await addRule({
          scope: "producer",
          target_id: ayseId,
          rate_percent: 4.25,
          valid_from: day(3),
        })
        expect(scheduled).toEqual(
          expect.objectContaining({
            rate_bps: 425,
            target_name: "Ayşe",
            in_force: false,
            status: "scheduled",
          })
        )
        // From today: it replaces the first default rule, which stays on record.
        const replacement = await addRule({
          scope: "cooperative",
          rate_percent: 9,
          valid_from: day(0),
        })

        const { data } = await api.get("/admin/commission-rules", reviewer)
        const byId = new Map(
          (data.commission_rules as AdminCommissionRule[]).map((rule) => [rule.id, rule.status])
        )
        expect(Object.fromEntries(byId)).toEqual({
          [created.data.commission_rule.id]: "superseded",
          [replacement.id]: "in_force",
          [category.id]: "in_force",
          [scheduled.id]: "scheduled",
        })
        const categories = await api.get("/admin/commission-rules?scope=category", reviewer)
        expect(
          categories.data.commission_rules.map((rule: AdminCommissionRule) => rule.id)
        ).toEqual([category.id])
        const hers = await api.get(`/admin/commission-rules?target_id=${ayseId}`, reviewer)
        expect(hers.data.commission_rules.map((rule: AdminCommissionRule) => rule.id)).toEqual([
          scheduled.id,
        ])

        const deleted = await api.delete(`/admin/commission-rules/${scheduled.id}`, administrator)
        expect(deleted.data).toEqual({ id: scheduled.id, object: "commission_rule", deleted: true })
        expect(
          (await failedRequest(api.get(`/admin/commission-rules/${scheduled.id}`, reviewer))).status
        ).toBe(404)

        for (const inForce of [replacement.id, created.data.commission_rule.id]) {
          const refused = await failedRequest(
            api.delete(`/admin/commission-rules/${inForce}`, administrator)
          )
          expect(refused.status).toBe(400)
          expect(refused.message).toMatch(/add a new rule from a later date instead/)
          expect(refused.code).toBe("commission_rule_in_force")
        }
        const after = await api.get(`/admin/commission-rules/${replacement.id}`, reviewer)
        expect(after.data.commission_rule.status).toBe("in_force")
      })

      it("refuses writes by reviewers, everything to producers and visitors, and rules that cannot be", async () => {
        const container = getContainer()
        const producer = await createProducerHeaders(container, api)
        const rule = await addRule({ scope: "cooperative", rate_percent: 5, valid_from: day(2) })
        const valid = { scope: "cooperative", rate_percent: 5, valid_from: day(1) }

        for (const request of [
          () => api.post("/admin/commission-rules", valid, reviewer),
          () => api.delete(`/admin/commission-rules/${rule.id}`, reviewer),
        ]) {
          const error = await failedRequest(request())
          expect(error.status).toBe(403)
          expect(error.message).toMatch(/administrator/)
        }
        for (const headers of [undefined, producer]) {
          for (const request of [
            () => api.get("/admin/commission-rules", headers),
            () => api.post("/admin/commission-rules", valid, headers),
            () => api.delete(`/admin/commission-rules/${rule.id}`, headers),
          ]) {
            expect((await failedRequest(request())).status).toBe(401)
          }
        }

        const past = await failedRequest(
          api.post("/admin/commission-rules", { ...valid, valid_from: day(-1) }, administrator)
        )
        expect(past.status).toBe(400)
        expect(past.message).toMatch(/cannot start in the past/)
        expect(past.code).toBe("commission_rule_in_past")
        expect(past.params).toEqual({ today: day(0) })

        for (const body of [
          { ...valid, rate_percent: 7.555 },
          { ...valid, rate_percent: 100.5 },
          { ...valid, rate_percent: -1 },
          { ...valid, rate_percent: "7,5" },
          { scope: "cooperative", rate_bps: 750, valid_from: day(1) },
          { ...valid, valid_from: "2026-02-30" },
          { ...valid, valid_from: `${day(1)}T00:00:00Z` },
          { ...valid, scope: "region" },
          { ...valid, target_id: "pcat_anything" },
          { ...valid, scope: "category" },
          { ...valid, scope: "category", target_id: "pcat_missing" },
          { ...valid, scope: "producer", target_id: "prdcr_missing" },
        ]) {
          const error = await failedRequest(
            api.post("/admin/commission-rules", body, administrator)
          )
          expect([JSON.stringify(body), error.status]).toEqual([JSON.stringify(body), 400])
          expect(error.message).not.toBe("")
        }
        const { data } = await api.get("/admin/commission-rules", administrator)
        expect(data.commission_rules.map((r: AdminCommissionRule) => r.id)).toEqual([rule.id])
        expect(
          (
            await failedRequest(
              api.delete("/admin/commission-rules/comrule_missing", administrator)
            )
          ).status
        ).toBe(404)
      })

      it("keeps on each order line the rate in force when it was placed; a later rule changes none", async () => {
        const container = getContainer()
        const context = await setUpCheckoutStore(container)
        const checkout = context.checkout
        const store = context.storeHeaders
        const jewellery = await createCategory(container, "Takı")
        const ayse = await createProducerHeaders(container, api, {
          handle: "ayse-oya",
          name: "Ayşe",
          email: "ayse@test.local",
        })
        const zehra = await createProducerHeaders(container, api, {
          handle: "zehra-kece",
          name: "Zehra",
          email: "zehra@test.local",
        })
        const zehraId = (await api.get("/producer/me", zehra)).data.producer.id as string
        const ayseId = (await api.get("/producer/me", ayse)).data.producer.id as string
        const earrings = await listProduct(api, ayse, {
          title: "Oya küpe",
          price: 450,
          category_id: jewellery,
        })
        const scarf = await listProduct(api, ayse, { title: "Oyalı yazma", price: 300 })
        const brooch = await listProduct(api, zehra, {
          title: "Keçe broş",
          price: 600,
          category_id: jewellery,
        })

        await addRule({ scope: "cooperative", rate_percent: 10, valid_from: day(0) })
        await addRule({
          scope: "category",
          target_id: jewellery,
          rate_percent: 7.5,
          valid_from: day(0),
        })
        await addRule({
          scope: "producer",
          target_id: zehraId,
          rate_percent: 3,
          valid_from: day(0),
        })
        // Not started yet: it must not count.
        await addRule({ scope: "producer", target_id: ayseId, rate_percent: 1, valid_from: day(1) })

        await placeOrder(api, store, {
          ...checkout,
          items: [
            { variant_id: earrings, quantity: 2 },
            { variant_id: scarf, quantity: 1 },
            { variant_id: brooch, quantity: 1 },
          ],
        })
        const partsOf = async (headers: Headers) =>
          (await api.get("/producer/orders", headers)).data.orders as ProducerOrder[]
        const rates = (part: ProducerOrder) =>
          Object.fromEntries(
            part.items.map((item) => [item.title, [item.commission_bps, item.commission]])
          )

        const [ayses] = await eventually(
          () => partsOf(ayse),
          (parts) => parts.length > 0
        )
        // Her earrings are jewellery (7.5 %); her scarf has no category: the default (10 %).
        expect(rates(ayses)).toEqual({ "Oya küpe": [750, 67.5], "Oyalı yazma": [1000, 30] })
        expect(ayses.earnings).toBe(1200 - 67.5 - 30)
        expect(ayses.commission_bps).toBe(1000)
        const [zehras] = await eventually(
          () => partsOf(zehra),
          (parts) => parts.length > 0
        )
        // Her own rule wins over the jewellery rule.
        expect(rates(zehras)).toEqual({ "Keçe broş": [300, 18] })

        // A rule for her from today: orders placed from now on, not the one above.
        await addRule({ scope: "producer", target_id: ayseId, rate_percent: 2, valid_from: day(0) })
        await placeOrder(api, store, {
          ...checkout,
          items: [{ variant_id: earrings, quantity: 1 }],
        })
        const parts = await eventually(
          () => partsOf(ayse),
          (all) => all.length > 1
        )
        const again = parts.find((part) => part.id === ayses.id) as ProducerOrder
        expect(rates(again)).toEqual(rates(ayses))
        expect(again.earnings).toBe(ayses.earnings)
        const latest = parts.find((part) => part.id !== ayses.id) as ProducerOrder
        expect(rates(latest)).toEqual({ "Oya küpe": [200, 9] })
      })
    })
  },
})
