import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProducersWithProducts } from "../../helpers/producers"
import { failedRequest } from "../../helpers/http"
import { createStaffHeaders, createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Admin: producers", () => {
      let staffHeaders: { headers: Record<string, string> }
      let storeHeaders: { headers: Record<string, string> }

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        storeHeaders = context.storeHeaders
        staffHeaders = await createStaffHeaders(container, api)
        await createProducersWithProducts(container, context.salesChannelId, [
          { handle: "ayse-oya", name: "Ayşe Yılmaz", status: "active", products: [] },
          { handle: "zehra-kece", name: "Zehra Demir", status: "pending", products: [] },
          { handle: "maryam-namad", name: "مریم احمدی", status: "suspended", products: [] },
        ])
      })

      it("lists every producer with her status for staff", async () => {
        const { status, data } = await api.get("/admin/producers", staffHeaders)

        expect(status).toBe(200)
        expect(data.count).toBe(3)
        expect(data.producers.map((p: { status: string }) => p.status).sort()).toEqual([
          "active",
          "pending",
          "suspended",
        ])
      })

      it("filters by status and searches by name", async () => {
        const byStatus = await api.get("/admin/producers?status=pending", staffHeaders)
        expect(byStatus.data.producers.map((p: { handle: string }) => p.handle)).toEqual([
          "zehra-kece",
        ])

        const bySearch = await api.get("/admin/producers?q=Ayşe", staffHeaders)
        expect(bySearch.data.producers.map((p: { handle: string }) => p.handle)).toEqual([
          "ayse-oya",
        ])
      })

      it("refuses an unknown status with a 400", async () => {
        const error = await failedRequest(api.get("/admin/producers?status=deleted", staffHeaders))
        expect(error.status).toBe(400)
      })

      it("refuses anonymous visitors and shoppers", async () => {
        const anonymous = await failedRequest(api.get("/admin/producers"))
        expect(anonymous.status).toBe(401)

        const withStoreKeyOnly = await failedRequest(api.get("/admin/producers", storeHeaders))
        expect(withStoreKeyOnly.status).toBe(401)
      })
    })
  },
})
