import { integrationTestRunner } from "../../helpers/test-runner"
import { PRODUCER_APPLICATION_MODULE } from "../../../src/modules/producer-application"
import type ProducerApplicationModuleService from "../../../src/modules/producer-application/service"
import { applicationAnswers } from "../../helpers/applications"
import { failedRequest } from "../../helpers/http"
import {
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
  createStoreContext,
} from "../../helpers/store"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Admin: reviewing producer applications", () => {
      let store: Headers
      let staff: Headers

      beforeEach(async () => {
        const container = getContainer()
        store = (await createStoreContext(container)).storeHeaders
        staff = await createStaffHeaders(container, api)
      })

      async function apply(overrides: Record<string, unknown> = {}) {
        const { data } = await api.post(
          "/store/producer-applications",
          applicationAnswers(overrides),
          store
        )
        const {
          data: { applications },
        } = await api.get(
          `/admin/producer-applications?q=${overrides.email ?? "ayse@example.com"}`,
          staff
        )
        return { id: applications[0].id as string, reference: data.application.reference as string }
      }

      const act = (id: string, action: string, body: Record<string, unknown> = {}) =>
        api.post(`/admin/producer-applications/${id}/${action}`, body, staff)

      it("lists the inbox oldest first, with counts per status and filters", async () => {
        const first = await apply({ email: "first@example.com", phone: "+90 500 000 00 01" })
        const second = await apply({
          email: "second@example.com",
          phone: "+90 500 000 00 02",
          city: "İzmit",
        })
        // Sent after the first was made (her answers sent again, say): it has waited less.
        const applications: ProducerApplicationModuleService = getContainer().resolve(
          PRODUCER_APPLICATION_MODULE
        )
        await applications.updateProducerApplications([
          { id: first.id, submitted_at: new Date(Date.now() + 60_000) },
          { id: second.id, submitted_at: new Date(Date.now() - 60_000) },
        ])
        const { data: waiting } = await api.get("/admin/producer-applications", staff)
        expect(waiting.applications.map((a: { email: string }) => a.email)).toEqual([
          "second@example.com",
          "first@example.com",
        ])
        await act(first.id, "reject", { reason: "Ürün fotoğrafları eksik." })

        const { data } = await api.get("/admin/producer-applications", staff)
        expect(data.applications).toHaveLength(2)
        expect(data.counts).toEqual({
          submitted: 1,
          in_review: 0,
          changes_requested: 0,
          approved: 0,
          rejected: 1,
        })

        const byCity = await api.get("/admin/producer-applications?city=İzmit", staff)
        expect(byCity.data.count).toBe(1)
        const byStatus = await api.get("/admin/producer-applications?status=rejected", staff)
        expect(byStatus.data.applications[0].email).toBe("first@example.com")
        const future = await api.get(
          "/admin/producer-applications?submitted_from=2999-01-01",
          staff
        )
        expect(future.data.count).toBe(0)
      })

      it("approves: opens an active shop with a unique handle and records who did it", async () => {
        const taken = await apply({ email: "a1@example.com", phone: "+90 500 000 00 11" })
        await act(taken.id, "approve")
        const second = await apply({ email: "a2@example.com", phone: "+90 500 000 00 12" })

        await act(second.id, "assign")
        const { data } = await act(second.id, "approve", { message: "Hoş geldiniz!" })

        expect(data.application.status).toBe("approved")
        expect(data.producer).toEqual(
          expect.objectContaining({
            handle: "ayse-2",
            status: "active",
            name: "Ayşe Yılmaz",
          })
        )
        expect(data.application.producer.id).toBe(data.producer.id)
        expect(
          data.application.events.map((e: { action: string; to_status: string }) => [
            e.action,
            e.to_status,
          ])
        ).toEqual(
          expect.arrayContaining([
            ["submit", "submitted"],
            ["assign", "in_review"],
            ["approve", "approved"],
          ])
        )
        const approval = data.application.events.find(
          (e: { action: string }) => e.action === "approve"
        )
        expect(approval).toEqual(
          expect.objectContaining({
            actor_type: "staff",
            actor_id: expect.stringMatching(/^user_/),
            message: "Hoş geldiniz!",
          })
        )

        const shop = await api.get(`/store/producers/${data.producer.handle}`, store)
        expect(shop.data.producer.craft).toEqual({ tr: "İğne oyası" })
      })

      it("undoes the whole approval when her e-mail already runs a shop", async () => {
        await createProducerHeaders(getContainer(), api)
        const { id } = await apply({ email: "producer@test.local" })
        await act(id, "assign")
        const before = await api.get("/admin/producers", staff)

        const error = await failedRequest(act(id, "approve"))

        expect(error.status).toBe(400)
        expect(error.message).toMatch(/one e-mail can run one shop/)
        const { data } = await api.get(`/admin/producer-applications/${id}`, staff)
        expect(data.application.status).toBe("in_review")
        expect(data.application.producer ?? null).toBeNull()
        expect(data.application.events.map((e: { action: string }) => e.action).sort()).toEqual([
          "assign",
          "submit",
        ])
        const after = await api.get("/admin/producers", staff)
        expect(after.data.count).toBe(before.data.count)
      })

      it("requests changes; she reads the message, resubmits, and it returns to the inbox", async () => {
        const { id, reference } = await apply()
        await act(id, "request-changes", {
          message: "Lütfen ürünlerinizin fotoğraflarını ekleyin.",
        })

        const status = await api.get(
          `/store/producer-applications/status?email=ayse@example.com&reference=${reference}`,
          store
        )
        expect(status.data.application).toEqual(
          expect.objectContaining({
            status: "changes_requested",
            staff_message: "Lütfen ürünlerinizin fotoğraflarını ekleyin.",
          })
        )

        const { data } = await api.post(
          "/store/producer-applications/resubmit",
          {
            email: "ayse@example.com",
            reference,
            story: "Fotoğrafları ekledim; yazma ve havlu kenarı işliyorum.",
          },
          store
        )
        expect(data.application.status).toBe("submitted")

        const detail = await api.get(`/admin/producer-applications/${id}`, staff)
        expect(detail.data.application.story).toBe(
          "Fotoğrafları ekledim; yazma ve havlu kenarı işliyorum."
        )
        expect(detail.data.application.events).toHaveLength(3)
      })

      it("rejects with a reason, which she can read", async () => {
        const { id, reference } = await apply()
        const missingReason = await failedRequest(act(id, "reject"))
        expect(missingReason.status).toBe(400)

        await act(id, "reject", { reason: "Şu an yalnızca Ankara'dan başvuru alıyoruz." })
        const status = await api.get(
          `/store/producer-applications/status?email=ayse@example.com&reference=${reference}`,
          store
        )
        expect(status.data.application).toEqual(
          expect.objectContaining({
            status: "rejected",
            staff_message: "Şu an yalnızca Ankara'dan başvuru alıyoruz.",
          })
        )
      })

      it("refuses impossible transitions with a 400 and a message, changing nothing", async () => {
        const { id, reference } = await apply()
        await act(id, "reject", { reason: "Eksik bilgi var." })

        for (const [action, body] of [
          ["approve", {}],
          ["reject", { reason: "Yine reddedildi." }],
          ["request-changes", { message: "Değiştirin." }],
          ["assign", {}],
        ] as const) {
          const error = await failedRequest(act(id, action, body))
          expect(error.status).toBe(400)
          expect(error.message).toMatch(/An application that is rejected cannot be/)
          expect(error.code).toBe("application_decided_meanwhile")
        }
        const resubmit = await failedRequest(
          api.post(
            "/store/producer-applications/resubmit",
            { email: "ayse@example.com", reference, story: "Tekrar deniyorum, lütfen bakın." },
            store
          )
        )
        expect(resubmit).toMatchObject({ status: 400, code: "application_not_awaiting_changes" })

        const detail = await api.get(`/admin/producer-applications/${id}`, staff)
        expect(detail.data.application.status).toBe("rejected")
        expect(detail.data.application.events).toHaveLength(2)
        const producers = await api.get("/admin/producers", staff)
        expect(producers.data.count).toBe(0)
      })

      it("refuses bad input and unknown applications", async () => {
        const { id } = await apply()
        expect((await failedRequest(act(id, "request-changes", { message: 42 }))).status).toBe(400)
        expect((await failedRequest(act(id, "approve", { status: "approved" }))).status).toBe(400)
        expect((await failedRequest(act(id, "assign", { user_id: "user_nobody" }))).status).toBe(
          400
        )
        expect((await failedRequest(act("papp_unknown", "approve"))).status).toBe(404)
        expect(
          (await failedRequest(api.get("/admin/producer-applications/papp_unknown", staff))).status
        ).toBe(404)
        expect(
          (await failedRequest(api.get("/admin/producer-applications?status=done", staff))).status
        ).toBe(400)
      })

      it("refuses anonymous visitors, shoppers and producers on every staff route", async () => {
        const { id } = await apply()
        const shopper = await createShopperHeaders(getContainer(), api)
        const producer = await createProducerHeaders(getContainer(), api)
        const routes: [string, string][] = [
          ["get", "/admin/producer-applications"],
          ["get", `/admin/producer-applications/${id}`],
          ["post", `/admin/producer-applications/${id}/approve`],
          ["post", `/admin/producer-applications/${id}/reject`],
          ["post", `/admin/producer-applications/${id}/request-changes`],
          ["post", `/admin/producer-applications/${id}/assign`],
          ["get", "/admin/producers"],
        ]
        for (const who of [{}, shopper, producer, store]) {
          for (const [method, url] of routes) {
            const request =
              method === "get" ? api.get(url, who) : api.post(url, { reason: "x".repeat(10) }, who)
            expect([url, (await failedRequest(request)).status]).toEqual([url, 401])
          }
        }
        const detail = await api.get(`/admin/producer-applications/${id}`, staff)
        expect(detail.data.application.status).toBe("submitted")
      })
    })
  },
})
