import { integrationTestRunner } from "../../helpers/test-runner"
import type { AdminCommissionRule } from "@imece/types"
import { failedRequest } from "../../helpers/http"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import { addDays, cooperativeDayOf } from "../../../src/utils/cooperative-calendar"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

const template = {
  kind: "reject",
  label: "Not handmade",
  message: { tr: "Ürünler el yapımı görünmüyor.", en: "The products do not look handmade." },
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let administrator: Headers
    let reviewer: Headers

    beforeEach(async () => {
      const container = getContainer()
      administrator = await createAdministratorHeaders(container, api)
      reviewer = await createStaffHeaders(container, api, "reviewer@test.local")
    })

    describe("Admin: staff roles and reason templates", () => {
      it("lets an administrator create, edit and delete reason templates", async () => {
        const created = await api.post("/admin/reason-templates", template, administrator)
        expect(created.status).toBe(201)
        const id = created.data.reason_template.id
        expect(created.data.reason_template).toMatchObject(template)

        const edited = await api.post(
          `/admin/reason-templates/${id}`,
          { label: "Factory-made", message: { fa: "محصولات دست‌ساز به نظر نمی‌رسند." } },
          administrator
        )
        expect(edited.data.reason_template).toMatchObject({
          kind: "reject",
          label: "Factory-made",
          message: { fa: "محصولات دست‌ساز به نظر نمی‌رسند." },
        })

        const deleted = await api.delete(`/admin/reason-templates/${id}`, administrator)
        expect(deleted.data).toEqual({ id, object: "reason_template", deleted: true })
        const { data } = await api.get("/admin/reason-templates", reviewer)
        expect(data.reason_templates).toEqual([])
      })

      it("lets a reviewer read the templates of one kind but change none", async () => {
        await api.post("/admin/reason-templates", template, administrator)
        await api.post(
          "/admin/reason-templates",
          { ...template, kind: "request_changes", label: "Photos" },
          administrator
        )

        const { data } = await api.get("/admin/reason-templates?kind=reject", reviewer)
        expect(data.reason_templates.map((t: { label: string }) => t.label)).toEqual([
          "Not handmade",
        ])
        const id = data.reason_templates[0].id

        for (const request of [
          () => api.post("/admin/reason-templates", template, reviewer),
          () => api.post(`/admin/reason-templates/${id}`, { label: "Mine" }, reviewer),
          () => api.delete(`/admin/reason-templates/${id}`, reviewer),
        ]) {
          const error = await failedRequest(request())
          expect(error.status).toBe(403)
          expect(error.message).toMatch(/administrator/)
        }
        const after = await api.get(`/admin/reason-templates/${id}`, reviewer)
        expect(after.data.reason_template.label).toBe("Not handmade")
      })

      it("refuses a template without a message, with unknown fields or a wrong kind", async () => {
        for (const body of [
          { ...template, message: {} },
          { ...template, message: { de: "Nein" } },
          { ...template, kind: "approve" },
          { ...template, label: "" },
          { ...template, id: "rsntpl_mine" },
        ]) {
          const error = await failedRequest(
            api.post("/admin/reason-templates", body, administrator)
          )
          expect(error.status).toBe(400)
          expect(error.message).not.toBe("")
        }
        const { data } = await api.get("/admin/reason-templates", administrator)
        expect(data.reason_templates).toEqual([])
      })

      it("answers 404 for a template that does not exist", async () => {
        const error = await failedRequest(
          api.post("/admin/reason-templates/rsntpl_missing", { label: "X y" }, administrator)
        )
        expect(error.status).toBe(404)
      })

      it("lists staff with their roles and tells each her own", async () => {
        const { data } = await api.get("/admin/staff", reviewer)
        expect(
          data.staff_members.map((s: { email: string; role: string }) => [s.email, s.role])
        ).toEqual([
          ["admin@test.local", "administrator"],
          ["reviewer@test.local", "reviewer"],
        ])
        const me = await api.get("/admin/staff/me", reviewer)
        expect(me.data.staff_member).toMatchObject({
          email: "reviewer@test.local",
          role: "reviewer",
        })
      })

      it("lets only an administrator change roles, and keeps one administrator", async () => {
        const { data } = await api.get("/admin/staff", administrator)
        const byEmail = Object.fromEntries(
          data.staff_members.map((s: { email: string; id: string }) => [s.email, s.id])
        )

        const selfPromotion = await failedRequest(
          api.post(
            `/admin/staff/${byEmail["reviewer@test.local"]}/role`,
            { role: "administrator" },
            reviewer
          )
        )
        expect(selfPromotion.status).toBe(403)

        const lastAdministrator = await failedRequest(
          api.post(
            `/admin/staff/${byEmail["admin@test.local"]}/role`,
            { role: "reviewer" },
            administrator
          )
        )
        expect(lastAdministrator.status).toBe(400)
        expect(lastAdministrator.message).toMatch(/at least one administrator/)

        const promoted = await api.post(
          `/admin/staff/${byEmail["reviewer@test.local"]}/role`,
          { role: "administrator" },
          administrator
        )
        expect(promoted.data.staff_member.role).toBe("administrator")
        const created = await api.post("/admin/reason-templates", template, reviewer)
        expect(created.status).toBe(201)

        const unknown = await failedRequest(
          api.post("/admin/staff/user_missing/role", { role: "reviewer" }, administrator)
        )
        expect(unknown.status).toBe(404)
        const badRole = await failedRequest(
          api.post(
            `/admin/staff/${byEmail["admin@test.local"]}/role`,
            { role: "owner" },
            administrator
          )
        )
        expect(badRole.status).toBe(400)
      })

      it("refuses anonymous visitors, shoppers and producers", async () => {
        const container = getContainer()
        const actors: (Headers | undefined)[] = [
          undefined,
          await createShopperHeaders(container, api),
          await createProducerHeaders(container, api),
        ]
        for (const headers of actors) {
          for (const request of [
            () => api.get("/admin/reason-templates", headers),
            () => api.post("/admin/reason-templates", template, headers),
            () => api.get("/admin/staff", headers),
            () => api.get("/admin/staff/me", headers),
          ]) {
            const error = await failedRequest(request())
            expect(error.status).toBe(401)
          }
        }
      })
    })

    describe("Admin: the cooperative's calendar", () => {
      it("keeps Europe/Istanbul until an administrator sets another IANA zone, and refuses others", async () => {
        const before = await api.get("/admin/cooperative-settings", reviewer)
        expect(before.data.cooperative_settings.time_zone).toBe("Europe/Istanbul")

        for (const time_zone of ["+03:00", "Europe/Atlantis", "Istanbul"]) {
          const refused = await failedRequest(
            api.post("/admin/cooperative-settings", { time_zone }, administrator)
          )
          expect(refused.status).toBe(400)
        }
        const byReviewer = await failedRequest(
          api.post("/admin/cooperative-settings", { time_zone: "UTC" }, reviewer)
        )
        expect(byReviewer.status).toBe(403)

        const changed = await api.post(
          "/admin/cooperative-settings",
          { time_zone: "UTC" },
          administrator
        )
        expect(changed.data.cooperative_settings.time_zone).toBe("UTC")
        const producer = await createProducerHeaders(getContainer(), api, {
          handle: "ayse-oya",
          name: "Ayşe",
          email: "ayse@test.local",
        })
        const refusedProducer = await failedRequest(
          api.post("/admin/cooperative-settings", { time_zone: "Europe/Istanbul" }, producer)
        )
        expect(refusedProducer.status).toBe(401)
      })

      it("starts a commission rule at midnight of its day in the cooperative's zone", async () => {
        // A day safely ahead in every zone, so the rule is not refused as starting in the past.
        const start = addDays(cooperativeDayOf(new Date(), "UTC"), 3)
        const add = async () =>
          (
            await api.post(
              "/admin/commission-rules",
              { scope: "cooperative", rate_percent: 5, valid_from: start },
              administrator
            )
          ).data.commission_rule as AdminCommissionRule

        const inIstanbul = await add()
        expect(inIstanbul.valid_from).toBe(`${addDays(start, -1)}T21:00:00.000Z`)

        await api.post("/admin/cooperative-settings", { time_zone: "UTC" }, administrator)
        const inUtc = await add()
        expect(inUtc.valid_from).toBe(`${start}T00:00:00.000Z`)
      })
    })
  },
})
