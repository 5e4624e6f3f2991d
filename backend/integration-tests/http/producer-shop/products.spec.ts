import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../../helpers/test-runner"
import { failedRequest } from "../../helpers/http"
import { photoForm } from "../../helpers/photos"
import { setUpCooperativeStore } from "../../helpers/shop"
import {
  createAyseAndZehra,
  createShopperHeaders,
  createStaffHeaders,
  createStoreContext,
} from "../../helpers/store"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

const earrings = {
  title: "Oya küpe",
  description: "İğne oyası küpe, ipek iplikle.",
  prices: { try: 450, eur: 14 },
  stock: 5,
  materials: ["ipek iplik"],
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Producer: her products", () => {
      let store: Headers
      let ayse: Headers
      let zehra: Headers

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        store = context.storeHeaders
        await setUpCooperativeStore(container, context.salesChannelId)
        ;({ ayse, zehra } = await createAyseAndZehra(container, api))
      })

      it("lists a product with its price and stock, linked to her shop and sold in the store", async () => {
        const { status, data } = await api.post("/producer/products", earrings, ayse)

        expect(status).toBe(201)
        expect(data.product).toEqual(
          expect.objectContaining({
            title: "Oya küpe",
            handle: expect.stringMatching(/^oya-kupe-[0-9a-f]{6}$/),
            status: "published",
            metadata: { materials: ["ipek iplik"], made_to_order_days: null },
          })
        )
        const [variant] = data.product.variants
        expect([variant.stock, variant.reserved]).toEqual([5, 0])
        expect(
          variant.prices.map((p: { currency_code: string; amount: number }) => [
            p.currency_code,
            p.amount,
          ])
        ).toEqual(
          expect.arrayContaining([
            ["try", 450],
            ["eur", 14],
          ])
        )

        const inStore = await api.get(
          `/store/products?handle=${data.product.handle}&fields=*producer`,
          store
        )
        expect(inStore.data.products[0].producer.handle).toBe("ayse-oya")
      })

      it("lists a product with the photos she uploaded, the first as its cover", async () => {
        const first = (await api.post("/producer/photos", await photoForm(), ayse)).data.photos[0]
        const second = (await api.post("/producer/photos", await photoForm(), ayse)).data.photos[0]

        const { data } = await api.post(
          "/producer/products",
          { ...earrings, photo_ids: [second.id, first.id] },
          ayse
        )
        expect(data.product.thumbnail).toBe(second.url)
        expect(data.product.images.map((image: { url: string }) => image.url).sort()).toEqual(
          [first.url, second.url].sort()
        )

        const notPhoto = await failedRequest(
          api.post("/producer/photos", await photoForm("text/plain", "notes.jpg"), ayse)
        )
        expect(notPhoto.status).toBe(400)
        const madeUp = await failedRequest(
          api.post("/producer/products", { ...earrings, photo_ids: ["file_made_up"] }, ayse)
        )
        expect(madeUp.status).toBe(400)
        expect((await api.get("/producer/products", ayse)).data.count).toBe(1)
        const anonymous = await failedRequest(api.post("/producer/photos", await photoForm()))
        expect(anonymous.status).toBe(401)
      })

      it("reorders, removes and adds photos of her product, refusing an id that is not hers", async () => {
        const upload = async () =>
          (await api.post("/producer/photos", await photoForm(), ayse)).data.photos[0]
        const [first, second, third] = [await upload(), await upload(), await upload()]
        const product = (
          await api.post(
            "/producer/products",
            { ...earrings, photo_ids: [first.id, second.id, third.id] },
            ayse
          )
        ).data.product
        const [imageA, imageB, imageC] = product.images
        expect(product.images.map((image: { url: string }) => image.url)).toEqual([
          first.url,
          second.url,
          third.url,
        ])

        const added = await upload()
        const { data } = await api.post(
          `/producer/products/${product.id}`,
          { photo_ids: [imageC.id, added.id, imageA.id] },
          ayse
        )
        expect(data.product.images.map((image: { url: string }) => image.url)).toEqual([
          imageC.url,
          added.url,
          imageA.url,
        ])
        expect(data.product.images[0].id).toBe(imageC.id)
        expect(data.product.thumbnail).toBe(imageC.url)
        expect(data.product.images.some((image: { id: string }) => image.id === imageB.id)).toBe(
          false
        )

        const others = (
          await api.post("/producer/products", { ...earrings, title: "Zehra'nın örtüsü" }, zehra)
        ).data.product
        for (const photoIds of [["file_made_up"], [imageA.id, imageA.id]]) {
          const refused = await failedRequest(
            api.post(`/producer/products/${product.id}`, { photo_ids: photoIds }, ayse)
          )
          expect(refused.status).toBe(400)
        }
        // A photo Zehra uploaded is hers: Ayşe cannot put it in her product, even knowing its id.
        const zehrasPhoto = (await api.post("/producer/photos", await photoForm(), zehra)).data
          .photos[0]
        for (const request of [
          () => api.post(`/producer/products/${product.id}`, { photo_ids: [zehrasPhoto.id] }, ayse),
          () => api.post("/producer/products", { ...earrings, photo_ids: [zehrasPhoto.id] }, ayse),
        ]) {
          const refused = await failedRequest(request())
          expect(refused.status).toBe(400)
          expect(refused.message).toContain("No uploaded photo has the id")
        }
        // Nor by a path that starts in her own folder and climbs into Zehra's.
        const folder = first.id.slice(0, first.id.lastIndexOf("/"))
        const climbing = `${folder}/../${zehrasPhoto.id.split("/").slice(1).join("/")}`
        for (const request of [
          () => api.post(`/producer/products/${product.id}`, { photo_ids: [climbing] }, ayse),
          () => api.post("/producer/products", { ...earrings, photo_ids: [climbing] }, ayse),
        ]) {
          expect((await failedRequest(request())).status).toBe(400)
        }
        expect((await api.get("/producer/products", ayse)).data.count).toBe(1)
        const zehrasEdit = await failedRequest(
          api.post(`/producer/products/${product.id}`, { photo_ids: [] }, zehra)
        )
        expect(zehrasEdit.status).toBe(404)
        const unchanged = (await api.get(`/producer/products/${product.id}`, ayse)).data.product
        expect(unchanged.images.map((image: { id: string }) => image.id)).toEqual(
          data.product.images.map((image: { id: string }) => image.id)
        )
        expect(
          (await api.get(`/producer/products/${others.id}`, zehra)).data.product.images
        ).toEqual([])

        const cleared = await api.post(`/producer/products/${product.id}`, { photo_ids: [] }, ayse)
        expect([cleared.data.product.images, cleared.data.product.thumbnail]).toEqual([[], null])
      })

      it("lists a product in sizes and colours, a variant for each with her stock", async () => {
        const { data } = await api.post(
          "/producer/products",
          {
            ...earrings,
            title: "Keçe terlik",
            stock: 2,
            options: [
              { title: "Numara", values: ["37", "38"] },
              { title: "Renk", values: ["Gri", "Bordo"] },
            ],
          },
          ayse
        )
        expect(
          data.product.variants
            .map((v: { title: string; stock: number }) => [v.title, v.stock])
            .sort()
        ).toEqual([
          ["37 / Bordo", 2],
          ["37 / Gri", 2],
          ["38 / Bordo", 2],
          ["38 / Gri", 2],
        ])
        const inStore = await api.get(
          `/store/products/${data.product.id}?fields=*options,*options.values`,
          store
        )
        expect(inStore.data.product.options.map((o: { title: string }) => o.title).sort()).toEqual([
          "Numara",
          "Renk",
        ])

        for (const options of [
          [{ title: "Renk", values: ["Gri", "gri"] }],
          [
            { title: "Renk", values: ["Gri"] },
            { title: "renk", values: ["Mavi"] },
          ],
          [
            { title: "A", values: ["1", "2", "3", "4", "5", "6", "7", "8"] },
            { title: "B", values: ["1", "2", "3", "4", "5", "6", "7"] },
          ],
          [{ title: "Renk", values: [] }],
        ]) {
          const refused = await failedRequest(
            api.post("/producer/products", { ...earrings, options }, ayse)
          )
          expect(refused.status).toBe(400)
        }
        expect((await api.get("/producer/products", ayse)).data.count).toBe(1)
      })

      it("puts her product in one of the cooperative's categories, refusing one that does not exist and storing nothing", async () => {
        const [category] = await getContainer()
          .resolve(Modules.PRODUCT)
          .createProductCategories([{ name: "Oya ve dantel", handle: "textiles", is_active: true }])
        const { data } = await api.post(
          "/producer/products",
          { ...earrings, category_id: category.id },
          ayse
        )
        expect(data.product.categories).toEqual([{ id: category.id, name: "Oya ve dantel" }])

        const unknown = await failedRequest(
          api.post("/producer/products", { ...earrings, category_id: "pcat_made_up" }, ayse)
        )
        // Medusa's own answer for a category that does not exist; nothing is stored.
        expect(unknown.status).toBe(404)
        expect(unknown.message).toContain("pcat_made_up")
        const moved = await failedRequest(
          api.post(`/producer/products/${data.product.id}`, { category_id: "pcat_made_up" }, ayse)
        )
        expect(moved.status).toBe(404)
        expect(
          (await api.get(`/producer/products/${data.product.id}`, ayse)).data.product.categories
        ).toHaveLength(1)
        expect((await api.get("/producer/products", ayse)).data.count).toBe(1)
      })

      it("keeps her title and description in each language she writes; the store answers in the shopper's", async () => {
        const { data } = await api.post(
          "/producer/products",
          {
            ...earrings,
            translations: {
              fa: { title: "گوشوارهٔ اویا", description: "با نخ ابریشم" },
              en: { title: "Oya earrings" },
            },
          },
          ayse
        )
        expect(data.product.translations).toEqual({
          fa: { title: "گوشوارهٔ اویا", description: "با نخ ابریشم" },
          en: { title: "Oya earrings" },
        })
        const inStore = async (locale?: string) =>
          (
            await api.get(
              `/store/products/${data.product.id}${locale ? `?locale=${locale}` : ""}`,
              store
            )
          ).data.product
        expect((await inStore("fa-IR")).title).toBe("گوشوارهٔ اویا")
        expect((await inStore("fa-IR")).description).toBe("با نخ ابریشم")
        expect((await inStore("en-GB")).title).toBe("Oya earrings")
        // No English description: the one she wrote first stands in.
        expect((await inStore("en-GB")).description).toBe(earrings.description)
        expect((await inStore()).title).toBe("Oya küpe")

        const edited = await api.post(
          `/producer/products/${data.product.id}`,
          { translations: { fa: { title: "گوشواره" } } },
          ayse
        )
        expect(edited.data.product.translations).toEqual({ fa: { title: "گوشواره" } })
        expect((await inStore("en-GB")).title).toBe("Oya küpe")
        expect((await inStore("fa-IR")).title).toBe("گوشواره")

        const refused = await failedRequest(
          api.post(
            `/producer/products/${data.product.id}`,
            { translations: { de: { title: "Ohrringe" } } },
            ayse
          )
        )
        expect(refused.status).toBe(400)
        const others = await failedRequest(
          api.post(
            `/producer/products/${data.product.id}`,
            { translations: { en: { title: "Mine" } } },
            zehra
          )
        )
        expect(others.status).toBe(404)
        expect((await inStore("fa-IR")).title).toBe("گوشواره")
      })

      it("lists a made-to-order piece that sells with no stock", async () => {
        const { data } = await api.post(
          "/producer/products",
          { title: "Keçe çanta", prices: { try: 900 }, made_to_order_days: 10 },
          zehra
        )
        expect(data.product.metadata.made_to_order_days).toBe(10)
        expect(data.product.variants[0]).toEqual(
          expect.objectContaining({ allow_backorder: true, stock: 0 })
        )
      })

      it("shows each producer only her own products; another's answers 404", async () => {
        const mine = (await api.post("/producer/products", earrings, ayse)).data.product
        await api.post("/producer/products", { ...earrings, title: "Keçe terlik" }, zehra)

        const ayseList = await api.get("/producer/products", ayse)
        expect(ayseList.data.products.map((p: { title: string }) => p.title)).toEqual(["Oya küpe"])
        expect(ayseList.data.count).toBe(1)
        const zehraList = await api.get("/producer/products", zehra)
        expect(zehraList.data.products.map((p: { title: string }) => p.title)).toEqual([
          "Keçe terlik",
        ])

        expect((await api.get(`/producer/products/${mine.id}`, ayse)).data.product.id).toBe(mine.id)
        const foreign = await failedRequest(api.get(`/producer/products/${mine.id}`, zehra))
        expect(foreign.status).toBe(404)
        const missing = await failedRequest(api.get("/producer/products/prod_missing", zehra))
        expect(missing.status).toBe(404)
      })

      it("refuses a producer id, a status or bad input in the body, storing nothing", async () => {
        for (const body of [
          { ...earrings, producer_id: "prdcr_other" },
          { ...earrings, status: "published" },
          { ...earrings, prices: { try: -1 } },
          { ...earrings, prices: { usd: 10 } },
          { ...earrings, prices: {} },
          { ...earrings, stock: 1.5 },
          { ...earrings, title: "<b>Oya</b>" },
          { ...earrings, made_to_order_days: 0 },
          { title: "Oya küpe" },
        ]) {
          const error = await failedRequest(api.post("/producer/products", body, ayse))
          expect([body, error.status]).toEqual([body, 400])
        }
        expect((await api.get("/producer/products", ayse)).data.count).toBe(0)
      })

      it("edits her product's words, price and stock, keeping the prices she did not touch", async () => {
        const product = (await api.post("/producer/products", earrings, ayse)).data.product
        const variantId = product.variants[0].id

        const { data } = await api.post(
          `/producer/products/${product.id}`,
          {
            title: "Oya küpe, mavi",
            materials: ["ipek iplik", "gümüş kanca"],
            variants: [{ id: variantId, prices: { try: 500 }, stock: 2 }],
          },
          ayse
        )

        expect(data.product).toEqual(
          expect.objectContaining({
            title: "Oya küpe, mavi",
            handle: product.handle,
            metadata: { materials: ["ipek iplik", "gümüş kanca"], made_to_order_days: null },
          })
        )
        const [variant] = data.product.variants
        expect(variant.stock).toBe(2)
        expect(
          Object.fromEntries(
            variant.prices.map((p: { currency_code: string; amount: number }) => [
              p.currency_code,
              p.amount,
            ])
          )
        ).toEqual({ try: 500, eur: 14 })

        const madeToOrder = await api.post(
          `/producer/products/${product.id}`,
          { made_to_order_days: 7 },
          ayse
        )
        expect(madeToOrder.data.product.variants[0].allow_backorder).toBe(true)
        expect(madeToOrder.data.product.metadata.materials).toEqual(["ipek iplik", "gümüş kanca"])
      })

      it("archives a product out of the store and puts it back", async () => {
        const product = (await api.post("/producer/products", earrings, ayse)).data.product
        const inStore = async () =>
          (await api.get(`/store/products?handle=${product.handle}`, store)).data.count

        const archived = await api.post(`/producer/products/${product.id}/archive`, {}, ayse)
        expect(archived.data.product.status).toBe("draft")
        expect(await inStore()).toBe(0)

        const published = await api.post(`/producer/products/${product.id}/publish`, {}, ayse)
        expect(published.data.product.status).toBe("published")
        expect(await inStore()).toBe(1)
      })

      it("never lets another producer edit, archive or learn of her product", async () => {
        const product = (await api.post("/producer/products", earrings, ayse)).data.product
        const variantId = product.variants[0].id

        for (const request of [
          () => api.post(`/producer/products/${product.id}`, { title: "Benim" }, zehra),
          () =>
            api.post(
              `/producer/products/${product.id}`,
              { variants: [{ id: variantId, stock: 0 }] },
              zehra
            ),
          () => api.post(`/producer/products/${product.id}/archive`, {}, zehra),
          () => api.post(`/producer/products/${product.id}/publish`, {}, zehra),
        ]) {
          expect((await failedRequest(request())).status).toBe(404)
        }
        const unchanged = (await api.get(`/producer/products/${product.id}`, ayse)).data.product
        expect([unchanged.title, unchanged.status, unchanged.variants[0].stock]).toEqual([
          "Oya küpe",
          "published",
          5,
        ])
      })

      it("refuses a variant of another product and fields she may not set, changing nothing", async () => {
        const mine = (await api.post("/producer/products", earrings, ayse)).data.product
        const other = (await api.post("/producer/products", earrings, zehra)).data.product

        const foreignVariant = await failedRequest(
          api.post(
            `/producer/products/${mine.id}`,
            { title: "Yeni", variants: [{ id: other.variants[0].id, stock: 0 }] },
            ayse
          )
        )
        expect(foreignVariant.status).toBe(404)
        expect(foreignVariant.message).toMatch(/no variant with the id/)

        for (const body of [
          { status: "published" },
          { handle: "mine" },
          { producer_id: "prdcr_other" },
          { variants: [{ id: mine.variants[0].id, stock: -3 }] },
          { variants: [{ id: mine.variants[0].id, prices: { try: 0 } }] },
        ]) {
          const error = await failedRequest(api.post(`/producer/products/${mine.id}`, body, ayse))
          expect([body, error.status]).toEqual([body, 400])
        }
        const after = (await api.get(`/producer/products/${mine.id}`, ayse)).data.product
        expect(after.title).toBe("Oya küpe")
        expect(
          (await api.get(`/producer/products/${other.id}`, zehra)).data.product.variants[0].stock
        ).toBe(5)
      })

      it("refuses a suspended producer's new product, and anonymous visitors, shoppers and staff", async () => {
        const container = getContainer()
        const staff = await createStaffHeaders(container, api)
        const { id } = (await api.get("/producer/me", ayse)).data.producer
        await api.post(`/admin/producers/${id}/suspend`, {}, staff)
        const suspended = await failedRequest(api.post("/producer/products", earrings, ayse))
        expect(suspended.status).toBe(403)

        for (const headers of [
          undefined,
          store,
          await createShopperHeaders(container, api),
          staff,
        ]) {
          expect((await failedRequest(api.get("/producer/products", headers))).status).toBe(401)
          expect(
            (await failedRequest(api.post("/producer/products", earrings, headers))).status
          ).toBe(401)
        }
      })
    })
  },
})
