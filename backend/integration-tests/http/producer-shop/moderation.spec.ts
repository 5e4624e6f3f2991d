import { integrationTestRunner } from "../../helpers/test-runner"
import { failedRequest } from "../../helpers/http"
import { waitForMail } from "../../helpers/outbox"
import { photoForm } from "../../helpers/photos"
import { setUpCooperativeStore } from "../../helpers/shop"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
  createStoreContext,
} from "../../helpers/store"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

const earrings = { title: "Oya küpe", prices: { try: 450 }, stock: 5 }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Product moderation", () => {
      let store: Headers
      let administrator: Headers
      let reviewer: Headers
      let ayse: Headers

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        await setUpCooperativeStore(container, context.salesChannelId)
        administrator = await createAdministratorHeaders(container, api)
        reviewer = await createStaffHeaders(container, api, "reviewer@test.local")
        ayse = await createProducerHeaders(container, api, { handle: "ayse-oya", name: "Ayşe" })
      })

      const inStore = async (handle: string) =>
        (await api.get(`/store/products?handle=${handle}`, store)).data.count

      it("publishes at once while moderation is off, the cooperative's default", async () => {
        const settings = await api.get("/admin/cooperative-settings", reviewer)
        expect(settings.data.cooperative_settings).toEqual({
          product_moderation: false,
          commission_bps: 0,
          earning_holding_days: 0,
          time_zone: "Europe/Istanbul",
        })
        const { data } = await api.post("/producer/products", earrings, ayse)
        expect(data.product.status).toBe("published")
        expect(await inStore(data.product.handle)).toBe(1)
      })

      it("under moderation a product waits; staff approve it or send it back with a reason", async () => {
        await api.post("/admin/cooperative-settings", { product_moderation: true }, administrator)

        const waiting = (await api.post("/producer/products", earrings, ayse)).data.product
        expect(waiting.status).toBe("proposed")
        expect(await inStore(waiting.handle)).toBe(0)

        const inbox = await api.get("/admin/product-reviews", reviewer)
        expect(inbox.data.products.map((p: { id: string }) => p.id)).toEqual([waiting.id])
        expect(inbox.data.products[0].producer.handle).toBe("ayse-oya")

        const sentBack = await api.post(
          `/admin/product-reviews/${waiting.id}/send-back`,
          { reason: "Fotoğraf ekleyin lütfen." },
          reviewer
        )
        expect(sentBack.data.product.status).toBe("rejected")
        const hers = (await api.get(`/producer/products/${waiting.id}`, ayse)).data.product
        expect(hers.metadata.review_message).toBe("Fotoğraf ekleyin lütfen.")
        const mail = await waitForMail(getContainer(), {
          to: "producer@test.local",
          template: "producer-product-sent-back",
        })
        expect(String(mail.data?.text)).toContain("Fotoğraf ekleyin lütfen.")
        expect(String(mail.data?.text)).toContain(`/sell/shop/products/${waiting.id}`)

        const twice = await failedRequest(
          api.post(`/admin/product-reviews/${waiting.id}/approve`, {}, reviewer)
        )
        expect(twice.status).toBe(400)
        expect(twice.message).toMatch(/not waiting for review/)
        expect(twice.code).toBe("product_not_awaiting_review")
        expect(twice.params).toEqual({ product: expect.any(String) })

        const edited = await api.post(
          `/producer/products/${waiting.id}`,
          { description: "İpek iplikle işlendi." },
          ayse
        )
        expect(edited.data.product.status).toBe("proposed")

        const approved = await api.post(
          `/admin/product-reviews/${waiting.id}/approve`,
          {},
          reviewer
        )
        expect(approved.data.product.status).toBe("published")
        expect(approved.data.product.metadata.review_message).toBeNull()
        expect(await inStore(waiting.handle)).toBe(1)

        const priceOnly = await api.post(
          `/producer/products/${waiting.id}`,
          { variants: [{ id: hers.variants[0].id, prices: { try: 500 } }] },
          ayse
        )
        expect(priceOnly.data.product.status).toBe("published")
        const newWords = await api.post(
          `/producer/products/${waiting.id}`,
          { title: "Oya küpe, mavi" },
          ayse
        )
        expect(newWords.data.product.status).toBe("proposed")

        await api.post(`/admin/product-reviews/${waiting.id}/approve`, {}, reviewer)
        const photo = (await api.post("/producer/photos", await photoForm(), ayse)).data.photos[0]
        const newPhoto = await api.post(
          `/producer/products/${waiting.id}`,
          { photo_ids: [photo.id] },
          ayse
        )
        expect(newPhoto.data.product.status).toBe("proposed")
        await api.post(`/admin/product-reviews/${waiting.id}/approve`, {}, reviewer)
        const removed = await api.post(`/producer/products/${waiting.id}`, { photo_ids: [] }, ayse)
        expect(removed.data.product.status).toBe("published")
      })

      it("lets only administrators change the settings, and refuses bad values", async () => {
        const refused = await failedRequest(
          api.post("/admin/cooperative-settings", { product_moderation: true }, reviewer)
        )
        expect(refused.status).toBe(403)
        for (const body of [
          { commission_bps: -1 },
          { commission_bps: 10_001 },
          { commission_bps: 2.5 },
          { earning_holding_days: -1 },
          { earning_holding_days: 1.5 },
          { earning_holding_days: 366 },
          { product_moderation: "yes" },
          { currency: "try" },
        ]) {
          const error = await failedRequest(
            api.post("/admin/cooperative-settings", body, administrator)
          )
          expect([body, error.status]).toEqual([body, 400])
        }
        const { data } = await api.post(
          "/admin/cooperative-settings",
          { commission_bps: 250, earning_holding_days: 14 },
          administrator
        )
        expect(data.cooperative_settings).toEqual({
          product_moderation: false,
          commission_bps: 250,
          earning_holding_days: 14,
          time_zone: "Europe/Istanbul",
        })
      })

      it("keeps producers, shoppers and visitors out of the review inbox and the settings", async () => {
        const container = getContainer()
        const product = (await api.post("/producer/products", earrings, ayse)).data.product
        for (const headers of [
          undefined,
          store,
          ayse,
          await createShopperHeaders(container, api),
        ]) {
          for (const request of [
            () => api.get("/admin/product-reviews", headers),
            () => api.post(`/admin/product-reviews/${product.id}/approve`, {}, headers),
            () =>
              api.post(
                `/admin/product-reviews/${product.id}/send-back`,
                { reason: "Hayır." },
                headers
              ),
            () => api.get("/admin/cooperative-settings", headers),
            () => api.post("/admin/cooperative-settings", { product_moderation: true }, headers),
          ]) {
            expect((await failedRequest(request())).status).toBe(401)
          }
        }
        const missingReason = await failedRequest(
          api.post(`/admin/product-reviews/${product.id}/send-back`, {}, reviewer)
        )
        expect(missingReason.status).toBe(400)
      })
    })
  },
})
