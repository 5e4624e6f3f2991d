import { createRegionsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../../helpers/test-runner"
import { createShopperHeadersFor } from "../../helpers/actors"
import { setUpCheckoutStore } from "../../helpers/checkout"
import { createProducersWithProducts, listProduct } from "../../helpers/producers"
import { createProducerHeaders, createStaffHeaders, createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

const anyStatus = { validateStatus: () => true }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("A phone that asks for the catalogue again", () => {
      it("gets it compressed, may keep it and is told when it has not changed", async () => {
        const container = getContainer()
        const { storeHeaders, salesChannelId } = await createStoreContext(container)
        const [producer] = await createProducersWithProducts(container, salesChannelId, [
          {
            handle: "ayse-yilmaz",
            name: "Ayşe Yılmaz",
            status: "active",
            products: Array.from({ length: 8 }, (_, n) => ({ title: `Oya yazma ${n + 1}` })),
          },
        ])
        const list = "/store/products?fields=*producer"
        const first = await api.get(list, {
          ...anyStatus,
          headers: { ...storeHeaders.headers, "accept-encoding": "gzip" },
          decompress: false,
        })
        expect(first.status).toBe(200)
        expect(first.headers["content-encoding"]).toBe("gzip")
        expect(first.headers["cache-control"]).toBe("public, no-cache")
        expect(first.headers.vary).toMatch(/x-publishable-api-key/i)
        const etag = first.headers.etag
        expect(etag).toBeTruthy()

        const again = await api.get(list, {
          ...anyStatus,
          headers: { ...storeHeaders.headers, "if-none-match": etag },
        })
        expect(again.status).toBe(304)

        await updateProductsWorkflow(container).run({
          input: { products: [{ id: producer.products[0].id, title: "Oya yazma, yeni" }] },
        })
        const changed = await api.get(list, {
          ...anyStatus,
          headers: { ...storeHeaders.headers, "if-none-match": etag },
        })
        expect(changed.status).toBe(200)
        expect(changed.headers.etag).not.toBe(etag)
        expect(changed.data.products.map((product: { title: string }) => product.title)).toContain(
          "Oya yazma, yeni"
        )
      })

      it("keeps a signed-in shopper's catalogue in her browser, and her cart and account nowhere", async () => {
        const container = getContainer()
        const { storeHeaders } = await createStoreContext(container)
        const shopper = await createShopperHeadersFor(container, api, "zeynep@test.local")
        const signedIn = { headers: { ...storeHeaders.headers, ...shopper.headers } }
        const {
          result: [region],
        } = await createRegionsWorkflow(container).run({
          input: { regions: [{ name: "Türkiye", currency_code: "try", countries: ["tr"] }] },
        })

        const catalogue = await api.get("/store/products", { ...signedIn, ...anyStatus })
        expect(catalogue.status).toBe(200)
        expect(catalogue.headers["cache-control"]).toBe("private, no-cache")

        const cart = await api.post(
          "/store/carts",
          { region_id: region.id },
          { ...signedIn, ...anyStatus }
        )
        expect(cart.status).toBe(200)
        expect(cart.headers["cache-control"]).toBe("no-store")
        const read = await api.get(`/store/carts/${cart.data.cart.id}`, {
          ...signedIn,
          ...anyStatus,
        })
        expect(read.status).toBe(200)
        expect(read.headers["cache-control"]).toBe("no-store")
        const account = await api.get("/store/customers/me", { ...signedIn, ...anyStatus })
        expect(account.status).toBe(200)
        expect(account.headers["cache-control"]).toBe("no-store")
      })
    })

    describe("The catalogue the backend keeps for shoppers who are not signed in", () => {
      it("answers the same read again from what it kept, per sales channel and language, and never a signed-in one", async () => {
        const container = getContainer()
        const { storeHeaders, salesChannelId } = await createStoreContext(container)
        await createProducersWithProducts(container, salesChannelId, [
          {
            handle: "zehra-demir",
            name: "Zehra Demir",
            status: "active",
            products: [{ title: "Keçe terlik" }],
          },
        ])
        const fromStorefront = {
          ...anyStatus,
          headers: { ...storeHeaders.headers, origin: "http://localhost:5173" },
        }
        const list = "/store/products?fields=id,title,*producer"
        const first = await api.get(list, fromStorefront)
        expect(first.headers["x-catalogue-cache"]).toBe("miss")
        const second = await api.get(list, fromStorefront)
        expect(second.headers["x-catalogue-cache"]).toBe("hit")
        expect(second.data).toEqual(first.data)
        expect(second.headers["access-control-allow-origin"]).toBe("http://localhost:5173")
        expect(second.headers["cache-control"]).toBe("public, no-cache")
        const reload = {
          ...fromStorefront,
          headers: { ...fromStorefront.headers, "cache-control": "no-cache" },
        }
        expect((await api.get(list, reload)).headers["x-catalogue-cache"]).toBe("miss")

        const inPersian = {
          ...fromStorefront,
          headers: { ...fromStorefront.headers, "x-medusa-locale": "fa-IR" },
        }
        expect((await api.get(list, inPersian)).headers["x-catalogue-cache"]).toBe("miss")
        const other = await createStoreContext(container)
        const otherChannel = await api.get(list, { ...anyStatus, ...other.storeHeaders })
        expect(otherChannel.headers["x-catalogue-cache"]).toBe("miss")
        expect(otherChannel.data.products).toEqual([])

        const shopper = await createShopperHeadersFor(container, api, "elif@test.local")
        const signedIn = { ...anyStatus, headers: { ...storeHeaders.headers, ...shopper.headers } }
        await api.get(list, signedIn)
        expect((await api.get(list, signedIn)).headers["x-catalogue-cache"]).toBeUndefined()
      })
    })

    describe("The catalogue a shopper reads", () => {
      type StoreVariant = {
        calculated_price?: { calculated_amount: number }
        inventory_quantity: number
      }
      type StoreProduct = {
        id: string
        title: string
        handle: string
        variants: StoreVariant[]
        producer: { city: string | null }
      }

      it("shows at once what she and the cooperative change", async () => {
        const container = getContainer()
        const { storeHeaders, checkout } = await setUpCheckoutStore(container)
        const ayse = await createProducerHeaders(container, api, {
          handle: "ayse-yilmaz",
          name: "Ayşe Yılmaz",
          email: "ayse@test.local",
        })
        await listProduct(api, ayse, { title: "Oyalı yazma", price: 450, stock: 5 })
        const {
          data: { products: hers },
        } = await api.get("/producer/products", ayse)
        const productId: string = hers[0].id
        const fields = `fields=*variants.calculated_price,+variants.inventory_quantity,*producer&region_id=${checkout.regionId}`
        const readList = async () =>
          (await api.get(`/store/products?${fields}`, storeHeaders)).data.products as StoreProduct[]
        const readOne = async () => {
          const [product] = await readList()
          return product
        }

        // Read twice first, so that whatever a cache keeps is kept.
        await readOne()
        const before = await readOne()
        expect(before.title).toBe("Oyalı yazma")
        expect(before.variants[0].calculated_price?.calculated_amount).toBe(450)
        expect(before.variants[0].inventory_quantity).toBe(5)
        const variantId = (await api.get(`/producer/products/${productId}`, ayse)).data.product
          .variants[0].id as string

        await api.post(
          `/producer/products/${productId}`,
          {
            title: "Oyalı yazma, mavi",
            variants: [{ id: variantId, prices: { try: 520 }, stock: 2 }],
          },
          ayse
        )
        const changed = await readOne()
        expect(changed.title).toBe("Oyalı yazma, mavi")
        expect(changed.variants[0].calculated_price?.calculated_amount).toBe(520)
        expect(changed.variants[0].inventory_quantity).toBe(2)

        await api.post("/producer/me", { city: "İzmit" }, ayse)
        expect((await readOne()).producer.city).toBe("İzmit")

        const staff = await createStaffHeaders(container, api)
        const producerId = (await api.get("/producer/me", ayse)).data.producer.id as string
        await api.post(`/admin/producers/${producerId}/suspend`, {}, staff)
        expect(await readList()).toEqual([])
        await api.post(`/admin/producers/${producerId}/reactivate`, {}, staff)
        expect((await readList()).map((product) => product.id)).toEqual([productId])

        await api.post(`/producer/products/${productId}/archive`, {}, ayse)
        expect(await readList()).toEqual([])
        await api.post(`/producer/products/${productId}/publish`, {}, ayse)
        expect((await readList()).map((product) => product.id)).toEqual([productId])

        const inEnglish = async () =>
          (await api.get(`/store/products/${productId}?fields=title&locale=en-GB`, storeHeaders))
            .data.product.title as string
        await api.post(
          `/producer/products/${productId}`,
          { translations: { en: { title: "Blue oya scarf" } } },
          ayse
        )
        expect(await inEnglish()).toBe("Blue oya scarf")
        await api.post(`/producer/products/${productId}`, { translations: {} }, ayse)
        expect(await inEnglish()).toBe("Oyalı yazma, mavi")
      })
    })
  },
})
