import { integrationTestRunner } from "../../helpers/test-runner"
import { createProducersWithProducts } from "../../helpers/producers"
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
    describe("Admin: suspending and reactivating a producer", () => {
      let store: Headers
      let staff: Headers
      let ayse: { id: string; products: { id: string }[] }
      let zehra: { id: string }

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        staff = await createStaffHeaders(container, api)
        ;[ayse, zehra] = await createProducersWithProducts(container, context.salesChannelId, [
          {
            handle: "ayse-oya",
            name: "Ayşe Yılmaz",
            status: "active",
            products: [{ title: "Oyalı yazma" }, { title: "Oyalı havlu" }],
          },
          {
            handle: "zehra-kece",
            name: "Zehra Demir",
            status: "pending",
            products: [{ title: "Keçe terlik" }],
          },
        ])
      })

      const storeProductIds = async (query = "") =>
        (await api.get(`/store/products?fields=id${query}`, store)).data.products
          .map((p: { id: string }) => p.id)
          .sort()

      it("takes her products out of the store, and puts them back on reactivation", async () => {
        const hers = ayse.products.map((p) => p.id).sort()
        expect(await storeProductIds()).toEqual(expect.arrayContaining(hers))

        const { data } = await api.post(`/admin/producers/${ayse.id}/suspend`, {}, staff)
        expect(data.producer.status).toBe("suspended")

        const visible = await storeProductIds()
        expect(visible).toHaveLength(1)
        expect(visible).not.toEqual(expect.arrayContaining([hers[0]]))
        expect(await storeProductIds(`&producer_id=${ayse.id}`)).toEqual([])
        expect((await failedRequest(api.get(`/store/products/${hers[0]}`, store))).status).toBe(404)
        expect((await failedRequest(api.get("/store/producers/ayse-oya", store))).status).toBe(404)

        await api.post(`/admin/producers/${ayse.id}/reactivate`, {}, staff)
        expect(await storeProductIds()).toEqual(expect.arrayContaining(hers))
        expect((await api.get(`/store/products/${hers[0]}`, store)).status).toBe(200)
      })

      it("refuses moves that make no sense, with a message", async () => {
        const reactivateActive = await failedRequest(
          api.post(`/admin/producers/${ayse.id}/reactivate`, {}, staff)
        )
        expect(reactivateActive).toEqual({
          status: 400,
          message: "Ayşe Yılmaz is active; only a producer who is suspended can become active.",
          code: "producer_status_refused",
          params: { producer: "Ayşe Yılmaz" },
        })
        const suspendPending = await failedRequest(
          api.post(`/admin/producers/${zehra.id}/suspend`, {}, staff)
        )
        expect(suspendPending.status).toBe(400)
        await api.post(`/admin/producers/${ayse.id}/suspend`, {}, staff)
        expect(
          (await failedRequest(api.post(`/admin/producers/${ayse.id}/suspend`, {}, staff))).status
        ).toBe(400)
        expect(
          (await failedRequest(api.post("/admin/producers/prdcr_unknown/suspend", {}, staff)))
            .status
        ).toBe(404)
        expect(
          (
            await failedRequest(
              api.post(`/admin/producers/${ayse.id}/reactivate`, { status: "active" }, staff)
            )
          ).status
        ).toBe(400)
      })

      it("refuses anonymous visitors, shoppers and producers", async () => {
        const shopper = await createShopperHeaders(getContainer(), api)
        const producer = await createProducerHeaders(getContainer(), api)
        for (const who of [{}, shopper, producer, store]) {
          for (const action of ["suspend", "reactivate"]) {
            const error = await failedRequest(
              api.post(`/admin/producers/${ayse.id}/${action}`, {}, who)
            )
            expect(error.status).toBe(401)
          }
        }
        const { data } = await api.get("/admin/producers?status=active", staff)
        expect(data.producers.map((p: { id: string }) => p.id)).toContain(ayse.id)
      })
    })

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
