import { mkdtemp, readdir, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seedDemoData, { DEMO_LOGINS } from "../../../src/scripts/seed"

jest.setTimeout(300_000)

/**
 * The catalogue and the logins, without the year of orders and applications: that takes a
 * minute or two to play, and history.spec.ts plays a slice of it instead.
 */
const args = ["--without-history"]

medusaIntegrationTestRunner({
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
        expect(data.producer.handle).toBe("ayse-yilmaz-oya")
      })
    })
  },
})
