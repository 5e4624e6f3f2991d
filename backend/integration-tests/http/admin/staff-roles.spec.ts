import { integrationTestRunner } from "../../helpers/test-runner"
import { failedRequest } from "../../helpers/http"
import { createAdministratorHeaders, createStaffHeaders } from "../../helpers/store"

jest.setTimeout(180_000)

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Admin: what a reviewer may do in Medusa's own routes, and the last administrator", () => {
      let administrator: Headers
      let reviewer: Headers
      let administratorId: string
      let reviewerId: string

      const idOf = async (headers: Headers) =>
        (await api.get("/admin/users/me", headers)).data.user.id as string

      beforeEach(async () => {
        const container = getContainer()
        administrator = await createAdministratorHeaders(container, api)
        reviewer = await createStaffHeaders(container, api, "reviewer@test.local")
        administratorId = await idOf(administrator)
        reviewerId = await idOf(reviewer)
      })

      it("refuses a reviewer Medusa's writes on staff, invites, API keys, the store, products and refunds with 403, before their bodies are checked", async () => {
        const { data: storeData } = await api.get("/admin/stores", administrator)
        const storeId: string = storeData.stores[0].id
        const writes: [string, string, Record<string, unknown>?][] = [
          ["post", "/admin/invites", { email: "friend@test.local" }],
          ["post", "/admin/invites", { email: "not-an-email" }],
          ["post", `/admin/users/${administratorId}`, { first_name: "Taken" }],
          ["post", `/admin/users/${reviewerId}`, { unknown_field: true }],
          ["delete", `/admin/users/${administratorId}`],
          ["post", "/admin/api-keys", { title: "Mine", type: "secret" }],
          ["post", "/admin/api-keys", {}],
          ["post", `/admin/stores/${storeId}`, { name: "Taken" }],
          ["post", "/admin/products", {}],
          ["post", "/admin/payments/pay_made_up/refund", { amount: "lots" }],
          ["post", "/admin/regions", {}],
        ]
        for (const [method, url, body] of writes) {
          const request =
            method === "delete" ? api.delete(url, reviewer) : api.post(url, body, reviewer)
          const refused = await failedRequest(request)
          expect({ method, url, ...refused }).toEqual({
            method,
            url,
            status: 403,
            code: "staff_role_refused",
            message: expect.stringMatching(/administrator/),
            params: {},
          })
        }

        // Nothing was done, and an administrator is let through the same routes.
        const { data: users } = await api.get("/admin/users?fields=id,first_name", administrator)
        expect(users.users.map((user: { id: string }) => user.id).sort()).toEqual(
          [administratorId, reviewerId].sort()
        )
        expect((await api.get("/admin/invites", administrator)).data.invites).toEqual([])
        const invited = await api.post(
          "/admin/invites",
          { email: "friend@test.local" },
          administrator
        )
        expect(invited.status).toBe(200)
      })

      it("lets a reviewer read what her work needs through Medusa's routes", async () => {
        for (const url of [
          "/admin/users",
          "/admin/orders?fields=id",
          "/admin/products?fields=id",
        ]) {
          expect((await api.get(url, reviewer)).status).toBe(200)
        }
      })

      it("refuses deleting the last administrator through Medusa's users route", async () => {
        const refused = await failedRequest(
          api.delete(`/admin/users/${administratorId}`, administrator)
        )
        expect(refused).toEqual(
          expect.objectContaining({ status: 400, code: "last_administrator" })
        )
        expect((await api.get("/admin/users/me", administrator)).data.user.id).toBe(administratorId)

        // Another administrator may go while one stays.
        const second = await createStaffHeaders(
          getContainer(),
          api,
          "second@test.local",
          "administrator"
        )
        const secondId = await idOf(second)
        const deleted = await api.delete(`/admin/users/${secondId}`, administrator)
        expect(deleted.data).toEqual(expect.objectContaining({ id: secondId, deleted: true }))
      })

      it("refuses demoting the last administrator, also when another administrator's user was deleted", async () => {
        const second = await createStaffHeaders(
          getContainer(),
          api,
          "second@test.local",
          "administrator"
        )
        await api.delete(`/admin/users/${await idOf(second)}`, administrator)

        const refused = await failedRequest(
          api.post(`/admin/staff/${administratorId}/role`, { role: "reviewer" }, administrator)
        )
        expect(refused).toEqual(
          expect.objectContaining({ status: 400, code: "last_administrator" })
        )
        const { data } = await api.get("/admin/staff/me", administrator)
        expect(data.staff_member.role).toBe("administrator")
      })

      it("sends fulfilments, shipments and deliveries made in Medusa's dashboard to the producer's own flow", async () => {
        const items = [{ id: "item_made_up", quantity: 1 }]
        for (const [url, body] of [
          ["/admin/orders/order_made_up/fulfillments", { items }],
          ["/admin/orders/order_made_up/fulfillments/ful_made_up/shipments", { items }],
          ["/admin/orders/order_made_up/fulfillments/ful_made_up/mark-as-delivered", {}],
        ] as const) {
          const refused = await failedRequest(api.post(url, body, administrator))
          expect({ url, ...refused }).toEqual(
            expect.objectContaining({
              url,
              status: 400,
              code: "fulfil_in_producer_flow",
              message: expect.stringMatching(/her shop/),
            })
          )
        }
      })
    })
  },
})
