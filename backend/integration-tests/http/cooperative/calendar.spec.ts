import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AdminCommissionRule } from "@imece/types"
import { failedRequest } from "../../helpers/http"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import { addDays, cooperativeDayOf } from "../../../src/utils/cooperative-calendar"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Admin: the cooperative's calendar", () => {
      let administrator: Headers
      let reviewer: Headers

      beforeEach(async () => {
        const container = getContainer()
        administrator = await createAdministratorHeaders(container, api)
        reviewer = await createStaffHeaders(container, api, "reviewer@test.local")
      })

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
