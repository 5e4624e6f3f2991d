import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../../helpers/test-runner"
import { DEMO_PRODUCERS } from "../../../src/scripts/demo-data/producers"
import { HISTORY_APPLICANTS } from "../../../src/scripts/demo-data/history-people"
import { createProducersWorkflow } from "../../../src/workflows/producer/workflows/create-producers"
import { failedRequest } from "../../helpers/http"
import { setUpCooperativeStore } from "../../helpers/shop"
import { createAyseAndZehra, createStaffHeaders, createStoreContext } from "../../helpers/store"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }
type Found = {
  products: {
    id: string
    title: string
    handle: string
    producer?: { handle: string; name: string; city: string | null } | null
    variants?: { calculated_price?: { calculated_amount: number; currency_code: string } }[]
  }[]
  producers: {
    id: string
    handle: string
    name: string
    city: string | null
    craft: Record<string, string> | null
  }[]
  count: number
  offset: number
  limit: number
}
type Listing = {
  title: string
  description?: string
  prices?: { try: number; eur?: number }
  category_id?: string
  translations?: Record<string, { title?: string; description?: string }>
}

/**
 * The index is written from events after a request has answered, so what a search must (or
 * must no longer) find is awaited, as a storefront would see it a moment later.
 */
async function eventually(check: () => Promise<void>, timeoutMs = 15_000) {
  const started = Date.now()
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() - started > timeoutMs) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("GET /store/search", () => {
      let store: Headers
      let salesChannelId: string
      let ayse: Headers
      let zehra: Headers

      const search = async (params: Record<string, string | number>) => {
        const query = new URLSearchParams(
          Object.entries(params).map(([key, value]) => [key, String(value)])
        )
        return (await api.get(`/store/search?${query}`, store)).data as Found
      }
      const idsFor = async (params: Record<string, string | number>) =>
        (await search(params)).products.map((product) => product.id)

      const list = async (producer: Headers, listing: Listing) => {
        const { data } = await api.post(
          "/producer/products",
          { prices: { try: 450 }, stock: 3, ...listing },
          producer
        )
        return data.product as { id: string; handle: string; title: string }
      }
      /** Lists the products and waits until search finds each of them by its id's own title. */
      const listFound = async (producer: Headers, listings: Listing[]) => {
        const products: { id: string; handle: string; title: string }[] = []
        for (const listing of listings) {
          products.push(await list(producer, listing))
        }
        await eventually(async () => {
          const { count } = await search({ limit: 50 })
          expect(count).toBeGreaterThanOrEqual(products.length)
          for (const product of products) {
            expect(await idsFor({ q: product.title })).toContain(product.id)
          }
        })
        return products
      }

      // The Search Module fills new indexes just after the app starts; the database is
      // snapshotted for every test after this, so it must hold them ready.
      beforeAll(async () => {
        const searchModule = getContainer().resolve(Modules.SEARCH)
        await eventually(async () => {
          const indexes = await searchModule.listIndexes()
          expect(indexes.map(({ name, status }) => [name, status])).toEqual(
            expect.arrayContaining([
              ["producer", "ready"],
              ["product", "ready"],
            ])
          )
        }, 60_000)
      })

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        salesChannelId = context.salesChannelId
        await setUpCooperativeStore(container, context.salesChannelId)
        ;({ ayse, zehra } = await createAyseAndZehra(container, api))
      })

      it("finds a word whatever its spelling: Turkish i, Persian and Arabic letters, digits, prefixes and a typo", async () => {
        const [cloth, needle, bag, shawl, socks] = await listFound(ayse, [
          {
            title: "İşlemeli masa örtüsü",
            translations: {
              en: { title: "Embroidered tablecloth" },
              fa: { title: "رومیزی گلدوزی" },
            },
          },
          { title: "Oya iğne küpe" },
          { title: "کیف دستی چرمی" },
          { title: "شال یلدا" },
          { title: "جوراب پشمی ۲ عدد" },
        ])

        for (const q of ["islemeli", "IŞLEMELİ", "İşlemeli", "işlemeli", "ISLEMELI"]) {
          expect([q, (await idsFor({ q }))[0]]).toEqual([q, cloth.id])
        }
        for (const q of ["ığne", "iğne", "IĞNE", "igne"]) {
          expect([q, await idsFor({ q })]).toEqual([q, [needle.id]])
        }
        expect(await idsFor({ q: "كيف" })).toEqual([bag.id])
        expect(await idsFor({ q: "كيف دستي" })).toEqual([bag.id])
        expect(await idsFor({ q: "يلدا" })).toEqual([shawl.id])
        expect(await idsFor({ q: "2" })).toEqual([socks.id])
        expect(await idsFor({ q: "٢ عدد" })).toEqual([socks.id])

        // Her title in the other languages she wrote it in finds it too.
        expect(await idsFor({ q: "embroidered" })).toEqual([cloth.id])
        expect(await idsFor({ q: "گلدوزی" })).toEqual([cloth.id])

        // While she types, and with one letter missing or wrong.
        for (const q of ["işle", "isle", "İşlemeli ma", "islemli", "işlemel", "islenelı"]) {
          expect([q, (await idsFor({ q }))[0]]).toEqual([q, cloth.id])
        }
        expect(await idsFor({ q: "zzqxv" })).toEqual([])
        expect(await idsFor({ q: "?!" })).toEqual([])
      })

      it("ranks a title above a description, and finds products by their producer and category", async () => {
        const [category] = await getContainer()
          .resolve(Modules.PRODUCT)
          .createProductCategories([
            { name: "Seramik ve çini", handle: "seramik", is_active: true },
          ])
        const [inDescription, inTitle] = await listFound(ayse, [
          { title: "Yün çorap", description: "Kilim desenli, el örgüsü." },
          { title: "Kilim yastık kılıfı", description: "Pamuklu." },
        ])
        const [bowl] = await listFound(zehra, [{ title: "Mavi kase", category_id: category.id }])

        expect(await idsFor({ q: "kilim" })).toEqual([inTitle.id, inDescription.id])
        expect(await idsFor({ q: "kilim", sort: "relevance" })).toEqual([
          inTitle.id,
          inDescription.id,
        ])

        const byProducer = await search({ q: "zehra" })
        expect(byProducer.products.map((product) => product.id)).toEqual([bowl.id])
        expect(byProducer.products[0].producer).toEqual(
          expect.objectContaining({ handle: "zehra-kece", name: "Zehra Demir" })
        )
        expect(byProducer.producers).toEqual([
          {
            id: expect.any(String),
            handle: "zehra-kece",
            name: "Zehra Demir",
            city: null,
            avatar_url: null,
            craft: null,
          },
        ])
        expect((await search({ q: "ayse" })).producers.map((p) => p.handle)).toEqual(["ayse-oya"])
        expect((await search({ q: "" })).producers).toEqual([])

        expect(await idsFor({ q: "çini" })).toEqual([bowl.id])
        expect(await idsFor({ q: "seramık" })).toEqual([bowl.id])
        expect(await idsFor({ category_id: category.id })).toEqual([bowl.id])
      })

      it("finds makers by craft and city, in Turkish and Persian, with a word's suffixes", async () => {
        // The demo cooperative's makers, and Sultan, who wrote her craft only in Turkish.
        const sultan = HISTORY_APPLICANTS.sultan
        await createProducersWorkflow(getContainer()).run({
          input: {
            producers: [
              ...DEMO_PRODUCERS.map(({ handle, name, craft, city }) => ({
                handle: `demo-${handle}`,
                name,
                craft,
                city,
                email: `${handle}@demo.local`,
                status: "active" as const,
              })),
              {
                handle: "demo-sultan",
                name: "Sultan",
                craft: { tr: sultan.craft },
                city: sultan.city,
                email: "sultan@demo.local",
                status: "active" as const,
              },
            ],
          },
        })
        const makersFor = async (q: string) =>
          (await search({ q })).producers.map((producer) => producer.handle)

        await eventually(async () => {
          expect(await makersFor("örgü")).toEqual(["demo-sultan"])
        })
        expect(await makersFor("orgu")).toEqual(["demo-sultan"])
        expect(await makersFor("kilim")).toEqual(["demo-fatemeh-qali"])
        expect(await makersFor("فرش")).toEqual(["demo-fatemeh-qali"])
        expect(await makersFor("گلیم")).toEqual(["demo-fatemeh-qali"])
        expect(await makersFor("kece")).toEqual(["demo-zehra-kece"])
        expect(await makersFor("Erzurum")).toEqual(["demo-zehra-kece"])
        expect(await makersFor("copperwork")).toEqual(["demo-emine-bakir"])
        // Her craft comes with her, so the shopper sees why she was found.
        expect((await search({ q: "örgü" })).producers[0].craft).toEqual({ tr: sultan.craft })
      })

      it("filters by producer, city, category and price, and sorts", async () => {
        const {
          result: [region],
        } = await createRegionsWorkflow(getContainer()).run({
          input: { regions: [{ name: "Türkiye", currency_code: "try", countries: ["tr"] }] },
        })
        await api.post("/producer/me", { city: "İzmir" }, zehra)
        const [cheap, middle] = await listFound(ayse, [
          { title: "Keçe anahtarlık", prices: { try: 100, eur: 3 } },
          { title: "Keçe çanta", prices: { try: 450 } },
        ])
        const [dear] = await listFound(zehra, [{ title: "Keçe halı", prices: { try: 900 } }])

        expect(await idsFor({ q: "keçe", sort: "newest" })).toEqual([dear.id, middle.id, cheap.id])
        expect(await idsFor({ sort: "newest" })).toEqual([dear.id, middle.id, cheap.id])
        const cheapest = { region_id: region.id, q: "kece" }
        expect(await idsFor({ ...cheapest, sort: "price_asc" })).toEqual([
          cheap.id,
          middle.id,
          dear.id,
        ])
        expect(await idsFor({ ...cheapest, sort: "price_desc" })).toEqual([
          dear.id,
          middle.id,
          cheap.id,
        ])
        expect(await idsFor({ ...cheapest, price_min: 200, price_max: 500 })).toEqual([middle.id])
        expect(await idsFor({ ...cheapest, price_min: 450, sort: "price_asc" })).toEqual([
          middle.id,
          dear.id,
        ])

        const priced = await search({
          ...cheapest,
          producer_id: (await api.get("/producer/me", zehra)).data.producer.id,
        })
        expect(priced.products.map((product) => product.id)).toEqual([dear.id])
        expect(priced.products[0].variants?.[0].calculated_price).toEqual(
          expect.objectContaining({ calculated_amount: 900, currency_code: "try" })
        )
        expect((await search({ q: "kece" })).products[0].variants).toBeUndefined()

        for (const city of ["İzmir", "izmir", "IZMIR"]) {
          expect([city, await idsFor({ city })]).toEqual([city, [dear.id]])
        }

        const page = await search({ q: "keçe", sort: "newest", limit: 2, offset: 1 })
        expect(page).toEqual(
          expect.objectContaining({ count: 3, offset: 1, limit: 2, producers: [] })
        )
        expect(page.products.map((product) => product.id)).toEqual([middle.id, cheap.id])

        // Prices are in the region's currency: without a region there is none to filter by.
        const noRegion = await failedRequest(api.get("/store/search?price_min=10", store))
        expect(noRegion.status).toBe(400)
        expect(noRegion.message).toMatch(/region_id/)
      })

      it("keeps the index current: drafts, archived products and suspended producers' products are not found, a new title is", async () => {
        const [tray, plate] = await listFound(ayse, [
          { title: "Bakır tepsi" },
          { title: "Bakır tabak" },
        ])
        await listFound(zehra, [{ title: "Bakır cezve" }])

        await api.post(`/producer/products/${tray.id}/archive`, {}, ayse)
        await eventually(async () => {
          expect(await idsFor({ q: "tepsi" })).toEqual([])
        })
        await api.post(`/producer/products/${tray.id}/publish`, {}, ayse)
        await eventually(async () => {
          expect(await idsFor({ q: "tepsi" })).toEqual([tray.id])
        })

        await api.post(`/producer/products/${plate.id}`, { title: "Gümüş kolye" }, ayse)
        await eventually(async () => {
          expect(await idsFor({ q: "kolye" })).toEqual([plate.id])
        })
        expect(await idsFor({ q: "tabak" })).toEqual([])

        const staff = await createStaffHeaders(getContainer(), api)
        const { id: zehraId } = (await api.get("/producer/me", zehra)).data.producer
        await api.post(`/admin/producers/${zehraId}/suspend`, {}, staff)
        await eventually(async () => {
          const found = await search({ q: "bakır" })
          expect(found.products.map((product) => product.title)).toEqual(["Bakır tepsi"])
          expect((await search({ q: "zehra" })).producers).toEqual([])
        })
        await api.post(`/admin/producers/${zehraId}/reactivate`, {}, staff)
        await eventually(async () => {
          expect((await search({ q: "cezve" })).products).toHaveLength(1)
        })
      })

      it("answers a search again from what it kept, never from before the index last changed", async () => {
        const [scarf] = await listFound(ayse, [{ title: "Oyalı yazma" }])
        const read = () => api.get("/store/search?q=yazma", store)
        await read()
        const kept = await read()
        expect(kept.headers["x-catalogue-cache"]).toBe("hit")
        expect(kept.data.products.map((product: { id: string }) => product.id)).toEqual([scarf.id])

        // The index is written after the change's event, which started a new generation: a
        // search answered in between was kept in that generation. Writing the index alone (here
        // without any event) must end it.
        const producerId = (await api.get("/producer/me", ayse)).data.producer.id as string
        await getContainer()
          .resolve(Modules.SEARCH)
          .upsertDocuments({
            index: "product",
            documents: [
              {
                id: scarf.id,
                title: ["Keçe çanta"],
                description: [],
                materials: null,
                producer_name: "Ayşe Yılmaz",
                producer_id: producerId,
                city: null,
                category_names: [],
                category_ids: [],
                sales_channel_ids: [salesChannelId],
                created_at: new Date().toISOString(),
                prices: { try: 450 },
              },
            ],
          })
        const after = await read()
        expect(after.headers["x-catalogue-cache"]).toBe("miss")
        expect(after.data.products).toEqual([])
        expect(await idsFor({ q: "çanta" })).toEqual([scarf.id])
      })

      it("refuses a query it cannot answer with a 400 and a message", async () => {
        for (const query of [
          "limit=0",
          "limit=51",
          "offset=-1",
          "sort=foo",
          "unknown=1",
          "price_min=-5",
          "price_min=abc",
          `q=${"a".repeat(101)}`,
          "price_min=500&price_max=100",
          "q=a&q=b",
          "region_id=reg_none",
        ]) {
          const refused = await failedRequest(api.get(`/store/search?${query}`, store))
          expect([query, refused.status]).toEqual([query, 400])
          expect(refused.message).not.toBe("")
        }
        const empty = await search({})
        expect(empty).toEqual({ products: [], producers: [], count: 0, offset: 0, limit: 20 })
        const withoutKey = await failedRequest(api.get("/store/search?q=kilim"))
        expect(withoutKey.status).toBe(400)
      })
    })
  },
})
