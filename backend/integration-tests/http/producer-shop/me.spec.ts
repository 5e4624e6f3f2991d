import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
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

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Producer: her shop's profile", () => {
      let store: Headers
      let salesChannelId: string
      let ayse: Headers
      let zehra: Headers

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        salesChannelId = context.salesChannelId
        ayse = await createProducerHeaders(container, api, {
          handle: "ayse-oya",
          name: "Ayşe Nur Yılmaz",
          email: "ayse@test.local",
        })
        zehra = await createProducerHeaders(container, api, {
          handle: "zehra-kece",
          name: "Zehra Demir",
          email: "zehra@test.local",
        })
      })

      const me = async (headers: Headers) => (await api.get("/producer/me", headers)).data.producer

      it("shows her her own shop with its privacy choices and policies", async () => {
        expect(await me(ayse)).toEqual(
          expect.objectContaining({
            handle: "ayse-oya",
            name: "Ayşe Nur Yılmaz",
            full_name: "Ayşe Nur Yılmaz",
            status: "active",
            show_full_name: true,
            show_district: false,
            accepts_returns: true,
            vacation_from: null,
          })
        )
      })

      it("saves her story, policies and vacation, and changes no one else's shop", async () => {
        const { data } = await api.post(
          "/producer/me",
          {
            story: { tr: "Oyayı annemden öğrendim.", fa: "از مادرم یاد گرفتم." },
            city: "Ankara",
            district: "Keçiören",
            processing_days: 3,
            accepts_returns: false,
            vacation_from: "2026-12-20",
            vacation_until: "2027-01-05",
          },
          ayse
        )
        expect(data.producer).toEqual(
          expect.objectContaining({
            story: { tr: "Oyayı annemden öğrendim.", fa: "از مادرم یاد گرفتم." },
            district: "Keçiören",
            processing_days: 3,
            accepts_returns: false,
            vacation_until: expect.stringMatching(/^2027-01-05/),
          })
        )
        expect((await me(zehra)).story).toBeNull()

        const shop = await api.get("/store/producers/ayse-oya", store)
        expect(shop.data.producer).toEqual(
          expect.objectContaining({ processing_days: 3, vacation_until: expect.any(String) })
        )
        expect(shop.data.producer.district).toBeNull()
      })

      it("shows shoppers only her first name, no photo and her district only as she chooses", async () => {
        await api.post(
          "/producer/me",
          { show_full_name: false, show_district: true, district: "Keçiören", avatar_url: null },
          ayse
        )
        const own = await me(ayse)
        expect([own.name, own.full_name]).toEqual(["Ayşe", "Ayşe Nur Yılmaz"])

        const shop = await api.get("/store/producers/ayse-oya", store)
        expect(shop.data.producer).toEqual(
          expect.objectContaining({ name: "Ayşe", district: "Keçiören", avatar_url: null })
        )
        const listed = await api.get("/store/producers", store)
        expect(JSON.stringify(listed.data)).not.toContain("Yılmaz")

        await createProducersWithProducts(getContainer(), salesChannelId, [
          {
            handle: "fatma-bakir",
            name: "Fatma Kaya",
            status: "active",
            products: [{ title: "Bakır cezve" }],
          },
        ])
        const products = await api.get(
          "/store/products?fields=*producer,+producer.full_name,+producer.status",
          store
        )
        for (const product of products.data.products) {
          expect(product.producer).toEqual(expect.objectContaining({ name: "Fatma Kaya" }))
          expect(product.producer).not.toHaveProperty("full_name")
          expect(product.producer).not.toHaveProperty("status")
          expect(product.producer).not.toHaveProperty("show_district")
        }
      })

      it("refuses fields she may not set, and bad input, changing nothing", async () => {
        const before = await me(ayse)
        for (const body of [
          { status: "active" },
          { handle: "mine" },
          { producer_id: "prdcr_other" },
          { id: "prdcr_other", city: "İzmir" },
          { avatar_url: "https://elsewhere.example/me.jpg" },
          { story: { tr: "<script>alert(1)</script> oya" } },
          { story: { de: "Spitze" } },
          { processing_days: -1 },
          { processing_days: 1.5 },
          { full_name: "A" },
          { show_full_name: "no" },
          { vacation_from: "2027-01-05", vacation_until: "2026-12-20" },
          { vacation_from: "not a date" },
        ]) {
          const error = await failedRequest(api.post("/producer/me", body, ayse))
          expect([body, error.status]).toEqual([body, 400])
          expect(error.message).not.toBe("")
        }
        expect(await me(ayse)).toEqual(before)
      })

      it("lets a suspended producer see her shop but change nothing", async () => {
        const staff = await createStaffHeaders(getContainer(), api)
        const { id } = await me(ayse)
        await api.post(`/admin/producers/${id}/suspend`, {}, staff)

        expect((await me(ayse)).status).toBe("suspended")
        const refused = await failedRequest(api.post("/producer/me", { city: "İzmir" }, ayse))
        expect(refused.status).toBe(403)
        expect(refused.message).toMatch(/suspended/)
        expect((await me(ayse)).city).toBeNull()

        await api.post(`/admin/producers/${id}/reactivate`, {}, staff)
        const { data } = await api.post("/producer/me", { city: "İzmir" }, ayse)
        expect(data.producer.city).toBe("İzmir")
      })

      it("refuses anonymous visitors, shoppers and staff", async () => {
        const container = getContainer()
        for (const headers of [
          undefined,
          store,
          await createShopperHeaders(container, api),
          await createStaffHeaders(container, api),
        ]) {
          expect((await failedRequest(api.get("/producer/me", headers))).status).toBe(401)
          expect(
            (await failedRequest(api.post("/producer/me", { city: "İzmir" }, headers))).status
          ).toBe(401)
        }
      })
    })
  },
})
