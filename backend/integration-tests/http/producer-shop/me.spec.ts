import { integrationTestRunner } from "../../helpers/test-runner"
import producerHandlesWithoutSurnames from "../../../src/migration-scripts/producer-handles-without-surnames"
import { PRODUCER_MODULE } from "../../../src/modules/producer"
import type ProducerModuleService from "../../../src/modules/producer/service"
import { updateProducerProfileWorkflow } from "../../../src/workflows/producer/workflows/update-producer-profile"
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

      it("moves her shop to a handle without her surname when she hides it, and the old one leads there", async () => {
        const container = getContainer()
        await createProducersWithProducts(container, salesChannelId, [
          {
            handle: "hatice",
            name: "Hatice Kaya",
            status: "active",
            products: [{ title: "Çini tabak" }],
          },
        ])
        const hatice = await createProducerHeaders(container, api, {
          handle: "hatice-sahin-cini",
          name: "Hatice Şahin",
          email: "hatice@test.local",
        })

        const { data } = await api.post("/producer/me", { show_full_name: false }, hatice)
        expect(data.producer).toEqual(
          expect.objectContaining({ handle: "hatice-2", name: "Hatice" })
        )
        const moved = await api.get("/store/producers/hatice-2", store)
        expect(moved.data.producer.name).toBe("Hatice")
        // The old address answers her shop under its new handle, for the storefront to go there.
        const old = await api.get("/store/producers/hatice-sahin-cini", store)
        expect(old.data.producer).toEqual(expect.objectContaining({ handle: "hatice-2" }))
        expect(JSON.stringify(old.data)).not.toMatch(/Şahin|sahin/)

        // Showing her name again keeps the new handle; the old one still leads to it.
        const shown = await api.post("/producer/me", { show_full_name: true }, hatice)
        expect(shown.data.producer).toEqual(
          expect.objectContaining({ handle: "hatice-2", name: "Hatice Şahin" })
        )
        expect(
          (await api.get("/store/producers/hatice-sahin-cini", store)).data.producer.handle
        ).toBe("hatice-2")

        // A handle that never held her surname stays as it is.
        const zehraShop = await api.post("/producer/me", { show_full_name: false }, zehra)
        expect(zehraShop.data.producer.handle).toBe("zehra-kece")
      })

      it("moves the shops of producers who hid their surname before, once, with the migrations", async () => {
        const container = getContainer()
        const emine = await createProducerHeaders(container, api, {
          handle: "emine-kaya-bakir",
          name: "Emine Kaya",
          email: "emine@test.local",
        })
        const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
        await producers.updateProducers({ id: (await me(emine)).id, show_full_name: false })

        await producerHandlesWithoutSurnames({ container, args: [] })
        expect((await me(emine)).handle).toBe("emine")
        const old = await api.get("/store/producers/emine-kaya-bakir", store)
        expect(old.data.producer.handle).toBe("emine")
        // Shops that show her whole name, or whose handle has none, are left alone.
        expect((await me(ayse)).handle).toBe("ayse-oya")
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

      it("tells a producer whose shop is not opened yet why she can change nothing", async () => {
        const { id } = await me(ayse)
        const producers: ProducerModuleService = getContainer().resolve(PRODUCER_MODULE)
        await producers.updateProducers({ id, status: "pending" })

        const refused = await failedRequest(api.post("/producer/me", { city: "İzmir" }, ayse))
        expect(refused).toMatchObject({ status: 403, code: "shop_not_opened" })
        expect(refused.message).toMatch(/not opened your shop yet/)
        expect((await me(ayse)).city).toBeNull()
      })

      it("lets a suspended producer see her shop but change nothing", async () => {
        const staff = await createStaffHeaders(getContainer(), api)
        const { id } = await me(ayse)
        await api.post(`/admin/producers/${id}/suspend`, {}, staff)

        expect((await me(ayse)).status).toBe("suspended")
        const refused = await failedRequest(api.post("/producer/me", { city: "İzmir" }, ayse))
        expect(refused).toMatchObject({ status: 403, code: "shop_suspended" })
        expect(refused.message).toMatch(/suspended/)
        expect((await me(ayse)).city).toBeNull()

        await api.post(`/admin/producers/${id}/reactivate`, {}, staff)
        const { data } = await api.post("/producer/me", { city: "İzmir" }, ayse)
        expect(data.producer.city).toBe("İzmir")
      })

      describe("the IBAN her earnings are paid to", () => {
        const IBAN = "TR330006100519786457841326"
        const MASKED = "TR** **** **** **** **** **13 26"

        it("refuses an IBAN banks would not accept, or one without the holder's name", async () => {
          for (const [iban, message] of [
            ["TR34 0006 1005 1978 6457 8413 26", /check digits/],
            ["TR33 0006 1005 1978 6457 8413", /26/],
            ["TR33 0006 1005 1978 6457 84AB 26", /only digits after TR/],
            ["TR33-0006-1005-1978-6457-8413-26", /letters and digits/],
            ["0006 1005 1978 6457 8413 26", /country code/],
          ]) {
            const error = await failedRequest(
              api.post("/producer/me", { iban, iban_holder: "Ayşe Nur Yılmaz" }, ayse)
            )
            expect([iban, error.status]).toEqual([iban, 400])
            expect(error.message).toMatch(message)
          }
          const noHolder = await failedRequest(api.post("/producer/me", { iban: IBAN }, ayse))
          expect(noHolder).toMatchObject({ status: 400, code: "payout_holder_missing" })
          expect(noHolder.message).toMatch(/account holder/)
          expect((await me(ayse)).iban).toBeNull()
        })

        it("keeps it without spaces in upper case and shows it whole to her alone", async () => {
          const { data } = await api.post(
            "/producer/me",
            { iban: " tr33 0006 1005 1978 6457 8413 26 ", iban_holder: "Ayşe Nur Yılmaz" },
            ayse
          )
          expect(data.producer).toEqual(
            expect.objectContaining({ iban: IBAN, iban_holder: "Ayşe Nur Yılmaz" })
          )
          expect(await me(ayse)).toEqual(expect.objectContaining({ iban: IBAN }))

          // Another producer's routes are her own shop only: she never sees Ayşe's account.
          const other = await me(zehra)
          expect([other.iban, other.iban_holder]).toEqual([null, null])
          expect(JSON.stringify(other)).not.toContain(IBAN)
          const shop = await api.get("/store/producers/ayse-oya", store)
          expect(JSON.stringify(shop.data)).not.toContain(IBAN)

          // A holder's name alone may change; the IBAN stays.
          const renamed = await api.post("/producer/me", { iban_holder: "Ayşe N. Yılmaz" }, ayse)
          expect(renamed.data.producer.iban).toBe(IBAN)
        })

        it("shows staff only the country code and last four digits, however they ask", async () => {
          const container = getContainer()
          await api.post("/producer/me", { iban: IBAN, iban_holder: "Ayşe Nur Yılmaz" }, ayse)
          const [fatma] = await createProducersWithProducts(container, salesChannelId, [
            {
              handle: "fatma-bakir",
              name: "Fatma Kaya",
              status: "active",
              products: [{ title: "Cezve" }],
            },
          ])
          await updateProducerProfileWorkflow(container).run({
            input: { id: fatma.id, changes: { iban: IBAN, iban_holder: "Fatma Kaya" } },
          })
          const staff = await createStaffHeaders(container, api)

          const { data } = await api.get("/admin/producers?limit=10", staff)
          const byHandle = Object.fromEntries(
            data.producers.map((producer: Record<string, unknown>) => [producer.handle, producer])
          )
          expect(byHandle["ayse-oya"]).toEqual(
            expect.objectContaining({ has_iban: true, iban_masked: MASKED })
          )
          expect(byHandle["zehra-kece"]).toEqual(
            expect.objectContaining({ has_iban: false, iban_masked: null })
          )
          for (const answer of [
            data,
            (await api.get("/admin/producers?fields=id,iban,iban_holder", staff)).data,
            (await api.get("/admin/products?fields=id,*producer,+producer.iban", staff)).data,
            (await api.post(`/admin/producers/${fatma.id}/suspend`, {}, staff)).data,
          ]) {
            const json = JSON.stringify(answer)
            expect(json).not.toContain(IBAN)
            expect(json).not.toContain('"iban"')
            expect(json).not.toContain("iban_holder")
          }
          // Her other columns still come through Medusa's own routes.
          const products = await api.get("/admin/products?fields=id,*producer", staff)
          expect(products.data.products[0].producer).toEqual(
            expect.objectContaining({ handle: "fatma-bakir", name: "Fatma Kaya" })
          )
        })
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
