import { integrationTestRunner } from "../../helpers/test-runner"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProducersWithProducts } from "../../helpers/producers"
import { failedRequest } from "../../helpers/http"
import { createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: producers", () => {
      let storeHeaders: { headers: Record<string, string> }
      let ayse: { id: string; products: { id: string; title: string }[] }
      let fatma: { id: string; products: { id: string }[] }

      beforeEach(async () => {
        const container = getContainer()
        const context = await createStoreContext(container)
        storeHeaders = context.storeHeaders
        ;[ayse, fatma] = await createProducersWithProducts(container, context.salesChannelId, [
          {
            handle: "ayse-oya",
            name: "Ayşe Yılmaz",
            status: "active",
            products: [
              { title: "Oyalı yazma" },
              { title: "Taslak ürün", status: ProductStatus.DRAFT },
            ],
          },
          {
            handle: "fatemeh-qali",
            name: "فاطمه رضایی",
            status: "active",
            products: [{ title: "قالیچه" }, { title: "گلیم" }],
          },
          {
            handle: "pending-producer",
            name: "Henüz onaylanmadı",
            status: "pending",
            products: [{ title: "Onaysız ürün" }],
          },
        ])
      })

      describe("GET /store/producers", () => {
        it("lists active producers only, without their moderation status", async () => {
          const { status, data } = await api.get("/store/producers", storeHeaders)

          expect(status).toBe(200)
          expect(data.count).toBe(2)
          expect(data.producers.map((p: { handle: string }) => p.handle).sort()).toEqual([
            "ayse-oya",
            "fatemeh-qali",
          ])
          expect(data.producers[0]).not.toHaveProperty("status")
          expect(data.producers[0].story).toEqual(
            expect.objectContaining({ fa: "از مادرم یاد گرفتم." })
          )
        })

        it("paginates", async () => {
          const { data } = await api.get("/store/producers?limit=1&offset=1", storeHeaders)

          expect(data).toEqual(expect.objectContaining({ count: 2, limit: 1, offset: 1 }))
          expect(data.producers).toHaveLength(1)
        })

        it("refuses bad paging and unknown parameters with a 400", async () => {
          for (const query of ["limit=abc", "offset=-1", "limit=100000", "status=pending"]) {
            const error = await failedRequest(api.get(`/store/producers?${query}`, storeHeaders))
            expect(error.status).toBe(400)
            expect(error.message).toEqual(expect.any(String))
          }
        })

        it("requires a publishable key", async () => {
          const error = await failedRequest(api.get("/store/producers"))
          expect(error.status).toBe(400)
        })
      })

      describe("GET /store/producers/:handle", () => {
        it("returns the producer with her published products only", async () => {
          const { status, data } = await api.get("/store/producers/ayse-oya", storeHeaders)

          expect(status).toBe(200)
          expect(data.producer).toEqual(
            expect.objectContaining({ id: ayse.id, name: "Ayşe Yılmaz", city: "Ankara" })
          )
          expect(data.producer.products.map((p: { title: string }) => p.title)).toEqual([
            "Oyalı yazma",
          ])
        })

        it("answers 404 for a producer who is not active, and for an unknown handle", async () => {
          for (const handle of ["pending-producer", "no-such-producer"]) {
            const error = await failedRequest(api.get(`/store/producers/${handle}`, storeHeaders))
            expect(error.status).toBe(404)
            expect(error.message).toContain(handle)
          }
        })
      })

      describe("GET /store/products", () => {
        it("includes each product's producer with fields=*producer", async () => {
          const { data } = await api.get("/store/products?fields=*producer", storeHeaders)

          expect(data.products).toHaveLength(4)
          for (const product of data.products) {
            expect(product.producer).toEqual(
              expect.objectContaining({ id: expect.any(String), name: expect.any(String) })
            )
          }
        })

        it("filters by producer_id", async () => {
          const { data } = await api.get(
            `/store/products?producer_id=${fatma.id}&fields=id,*producer`,
            storeHeaders
          )

          expect(data.products.map((p: { id: string }) => p.id).sort()).toEqual(
            fatma.products.map((p) => p.id).sort()
          )
          expect(data.count).toBe(2)
        })

        it("returns nothing for an unknown producer rather than every product", async () => {
          const { data } = await api.get("/store/products?producer_id=prdcr_unknown", storeHeaders)

          expect(data.products).toEqual([])
          expect(data.count).toBe(0)
        })

        it("still refuses unknown query parameters", async () => {
          const error = await failedRequest(api.get("/store/products?maker=ayse", storeHeaders))
          expect(error.status).toBe(400)
        })
      })
    })
  },
})
