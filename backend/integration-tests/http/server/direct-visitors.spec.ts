import { integrationTestRunner } from "../../helpers/test-runner"
import { createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

// Nothing stands in front of this backend: TRUSTED_PROXIES is not set.
delete process.env.TRUSTED_PROXIES
process.env.LOGIN_RATE_LIMIT = "2"
process.env.PASSWORD_RESET_RATE_LIMIT = "1"
process.env.REGISTER_RATE_LIMIT = "1"
process.env.CART_COMPLETE_RATE_LIMIT = "1"
process.env.ORDER_LOOKUP_RATE_LIMIT = "1"

type Answer = { status: number; headers: Record<string, string> }

/** Each request claims another address, as anyone reaching the backend directly can. */
let claimed = 0
const claiming = (headers: Record<string, string> = {}) => ({
  headers: { ...headers, "x-forwarded-for": `203.0.113.${++claimed}` },
  validateStatus: () => true,
})

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const post = (url: string, body: unknown, headers?: Record<string, string>) =>
      api.post(url, body, claiming(headers)) as Promise<Answer>

    describe("A visitor who reaches the backend directly", () => {
      it("is counted by her connection, whatever X-Forwarded-For she writes", async () => {
        const { storeHeaders } = await createStoreContext(getContainer())
        const store = storeHeaders.headers
        // Registration first: failed sign-ins from an address count against its registrations.
        const tries: [string, (n: number) => Promise<Answer>, number][] = [
          [
            "registration",
            (n) =>
              post("/auth/customer/emailpass/register", {
                email: `new${n}@test.local`,
                password: "oya-sever-42",
              }),
            1,
          ],
          [
            "sign-in",
            (n) => post("/auth/customer/emailpass", { email: `g${n}@test.local`, password: "x" }),
            2,
          ],
          [
            "password reset",
            (n) =>
              post("/auth/customer/emailpass/reset-password", { identifier: `r${n}@test.local` }),
            1,
          ],
          ["cart completion", (n) => post(`/store/carts/cart_missing_${n}/complete`, {}, store), 1],
          [
            "order lookup",
            (n) =>
              post("/store/orders/lookup", { email: `o${n}@test.local`, display_id: n }, store),
            1,
          ],
        ]
        for (const [what, attempt, limit] of tries) {
          for (let n = 1; n <= limit; n++) {
            expect([what, (await attempt(n)).status]).not.toEqual([what, 429])
          }
          expect([what, (await attempt(limit + 1)).status]).toEqual([what, 429])
        }
      })

      it("is not told which framework answers", async () => {
        const { storeHeaders } = await createStoreContext(getContainer())
        const answers = [
          await api.get("/store/producers", { ...storeHeaders, validateStatus: () => true }),
          await api.get("/admin/producers", { validateStatus: () => true }),
          await api.get("/no-such-route", { validateStatus: () => true }),
        ]
        for (const answer of answers) {
          expect(answer.headers["x-powered-by"]).toBeUndefined()
        }
      })
    })
  },
})
