import { mkdtemp, readdir, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { integrationTestRunner } from "../../helpers/test-runner"
import seedDemoData, { DEMO_LOGINS } from "../../../src/scripts/seed"
import { DEMO_PRODUCERS } from "../../../src/scripts/demo-data/producers"
import {
  DEMO_CATEGORY_NAMES,
  DEMO_PRODUCT_WORDS,
} from "../../../src/scripts/demo-data/product-words"
import { DEMO_PRODUCTS } from "../../../src/scripts/demo-data/products"
import { createProducersWorkflow } from "../../../src/workflows/producer/workflows/create-producers"

jest.setTimeout(300_000)

/**
 * The catalogue and the logins, without the year of orders and applications: that takes a
 * minute or two to play, and history.spec.ts plays a slice of it instead.
 */
const args = ["--without-history"]

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("The demo seed", () => {
      let staticDir: string

      beforeAll(async () => {
        staticDir = await mkdtemp(path.join(os.tmpdir(), "imece-seed-"))
        process.env.IMECE_STATIC_DIR = staticDir
      })
      afterAll(async () => {
        delete process.env.IMECE_STATIC_DIR
        await rm(staticDir, { recursive: true, force: true })
      })

      it("fills the store with producers and their products, and changes nothing when run again", async () => {
        const container = getContainer()
        const first = await seedDemoData({ container, args })
        const second = await seedDemoData({ container, args })
        expect(second).toEqual(first)

        const store = { headers: { "x-publishable-api-key": first.publishableKey } }
        const { data: products } = await api.get(
          "/store/products?limit=100&fields=id,title,thumbnail,*producer",
          store
        )
        expect(products.count).toBeGreaterThanOrEqual(30)
        for (const product of products.products) {
          expect(product.producer).toEqual(expect.objectContaining({ name: expect.any(String) }))
          expect(product.thumbnail).toMatch(/\/static\/demo\/products\/.+\.svg$/)
        }

        const { data: producers } = await api.get("/store/producers?limit=50", store)
        expect(producers.count).toBeGreaterThanOrEqual(6)
        for (const producer of producers.producers) {
          expect(Object.keys(producer.story).sort()).toEqual(["en", "fa", "tr"])
        }

        const { data: regions } = await api.get("/store/regions", store)
        expect(
          regions.regions.map((r: { currency_code: string }) => r.currency_code).sort()
        ).toEqual(["eur", "try"])

        const staff = await api.post("/auth/user/emailpass", DEMO_LOGINS.staff)
        const inbox = await api.get("/admin/producer-applications?status=submitted", {
          headers: { authorization: `Bearer ${staff.data.token}` },
        })
        expect(inbox.data.count).toBeGreaterThanOrEqual(3)

        const images = await readdir(path.join(staticDir, "demo", "products"))
        expect(images.length).toBe(products.count)
      })

      it("answers the whole demo catalogue in tr, fa and en: products, categories and shipping", async () => {
        const container = getContainer()
        const { publishableKey } = await seedDemoData({ container, args })
        const store = { headers: { "x-publishable-api-key": publishableKey } }
        const tags = { tr: "tr-TR", fa: "fa-IR", en: "en-GB" } as const
        // The Persian producers wrote in Persian, the others in Turkish.
        const writtenIn = (producer: string) =>
          /[\u0600-\u06ff]/.test(DEMO_PRODUCERS.find((p) => p.handle === producer)?.name ?? "")
            ? "fa"
            : "tr"
        const { data: regions } = await api.get("/store/regions", store)
        const turkey = regions.regions.find(
          (r: { currency_code: string }) => r.currency_code === "try"
        )

        for (const locale of ["tr", "fa", "en"] as const) {
          const { data } = await api.get(
            `/store/products?limit=100&fields=handle,title,description,material&locale=${tags[locale]}`,
            store
          )
          const byHandle = new Map(
            data.products.map((p: { handle: string }) => [p.handle, p] as const)
          )
          for (const demo of DEMO_PRODUCTS) {
            const words =
              writtenIn(demo.producer) === locale ? demo : DEMO_PRODUCT_WORDS[demo.handle][locale]
            expect([locale, byHandle.get(demo.handle)]).toEqual([
              locale,
              expect.objectContaining({
                title: words?.title,
                description: words?.description,
                material: words?.materials.join(", "),
              }),
            ])
          }

          const { data: categories } = await api.get(
            `/store/product-categories?limit=50&fields=handle,name&locale=${tags[locale]}`,
            store
          )
          for (const [handle, names] of Object.entries(DEMO_CATEGORY_NAMES)) {
            expect(
              categories.product_categories.find((c: { handle: string }) => c.handle === handle)
            ).toEqual(expect.objectContaining({ name: names[locale] }))
          }

          const { data: cart } = await api.post(
            "/store/carts",
            {
              region_id: turkey.id,
              locale: tags[locale],
              shipping_address: { country_code: "tr", city: "Ankara", address_1: "Keçiören" },
            },
            store
          )
          const { data: shipping } = await api.get(
            `/store/shipping-options?cart_id=${cart.cart.id}`,
            store
          )
          expect([locale, shipping.shipping_options.map((o: { name: string }) => o.name)]).toEqual([
            locale,
            [{ tr: "Standart kargo", fa: "ارسال عادی", en: "Standard shipping" }[locale]],
          ])
        }
      })

      it("gives demo shops handles without surnames, moving one a former seed made", async () => {
        const container = getContainer()
        await createProducersWorkflow(container).run({
          input: {
            producers: [{ handle: "ayse-yilmaz-oya", name: "Ayşe Yılmaz", status: "active" }],
          },
        })
        const { publishableKey } = await seedDemoData({ container, args })
        const store = { headers: { "x-publishable-api-key": publishableKey } }

        const { data } = await api.get("/store/producers?limit=50", store)
        expect(
          data.producers.map((producer: { handle: string }) => producer.handle).sort()
        ).toEqual([
          "ayse-oya",
          "emine-bakir",
          "fatemeh-qali",
          "gulsum-sepet",
          "hatice-cini",
          "maryam-torshi",
          "sakine-suzandozi",
          "zehra-kece",
        ])
        const moved = await api.get("/store/producers/ayse-yilmaz-oya", store)
        expect(moved.data.producer).toEqual(
          expect.objectContaining({ handle: "ayse-oya", name: "Ayşe Yılmaz" })
        )
      })

      it("gives an administrator, a reviewer, the shopper and a producer working logins", async () => {
        await seedDemoData({ container: getContainer(), args })

        for (const [login, role] of [
          [DEMO_LOGINS.staff, "administrator"],
          [DEMO_LOGINS.reviewer, "reviewer"],
        ] as const) {
          const staff = await api.post("/auth/user/emailpass", login)
          const headers = { headers: { authorization: `Bearer ${staff.data.token}` } }
          const { data } = await api.get("/admin/staff/me", headers)
          expect(data.staff_member.role).toBe(role)
          const templates = await api.get("/admin/reason-templates", headers)
          expect(templates.data.reason_templates.length).toBeGreaterThanOrEqual(4)
        }

        const shopper = await api.post("/auth/customer/emailpass", DEMO_LOGINS.shopper)
        expect(shopper.data.token).toEqual(expect.any(String))

        const producer = await api.post("/auth/producer/emailpass", DEMO_LOGINS.producer)
        const { data } = await api.get("/producer/me", {
          headers: { authorization: `Bearer ${producer.data.token}` },
        })
        expect(data.producer.handle).toBe("ayse-oya")
      })
    })
  },
})
