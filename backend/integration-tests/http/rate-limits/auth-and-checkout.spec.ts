import { integrationTestRunner } from "../../helpers/test-runner"
import { payWith, startCart, setUpCheckoutStore } from "../../helpers/checkout"
import { listProduct } from "../../helpers/producers"
import {
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
} from "../../helpers/store"

jest.setTimeout(180_000)

process.env.LOGIN_RATE_LIMIT = "3"
process.env.LOGIN_ADDRESS_ACCOUNT_RATE_LIMIT = "2"
process.env.LOGIN_ACCOUNT_RATE_LIMIT = "4"
process.env.PASSWORD_RESET_RATE_LIMIT = "2"
process.env.PASSWORD_RESET_ACCOUNT_RATE_LIMIT = "2"
process.env.REGISTER_RATE_LIMIT = "2"
process.env.CART_COMPLETE_RATE_LIMIT = "2"
// The tests stand for a proxy on this machine that tells the backend each visitor's address.
process.env.TRUSTED_PROXIES = "loopback"

type Answer = {
  status: number
  headers: Record<string, string>
  data: {
    message?: string
    token?: string
    type?: string
    code?: string
    params?: Record<string, string | number>
  }
}

/**
 * The proxy (on loopback, trusted) appends the visitor's address to X-Forwarded-For: each test
 * speaks from addresses of its own. The counters live as long as the app, across tests.
 */
const from = (ip: string, headers: Record<string, string> = {}) => ({
  headers: { ...headers, "x-forwarded-for": ip },
  validateStatus: () => true,
})

/**
 * Windows are fixed (a quarter hour, an hour, a minute): a test that starts within seconds of a
 * window's end waits for the next one, so its requests are counted in one window.
 */
async function awayFromWindowEdge(windowSeconds: number) {
  const left = windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds)
  if (left < 10) {
    await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100))
  }
}

function expectRefused(answer: Answer, message: RegExp, windowSeconds: number, code?: string) {
  expect(answer.status).toBe(429)
  const retryAfter = Number(answer.headers["retry-after"])
  expect(Number.isInteger(retryAfter)).toBe(true)
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds)
  expect(answer.data).toEqual({
    type: "too_many_requests",
    message: expect.stringMatching(message),
    ...(code && { code, params: { minutes: Math.ceil(retryAfter / 60) } }),
  })
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const post = (url: string, body: unknown, config: ReturnType<typeof from>) =>
      api.post(url, body, config) as Promise<Answer>

    describe("Rate limits on signing in, password resets and checkout", () => {
      it("refuses an address after its failed sign-ins, not the right password from elsewhere", async () => {
        await awayFromWindowEdge(15 * 60)
        await createShopperHeaders(getContainer(), api)
        const login = (ip: string, email: string, password: string) =>
          post("/auth/customer/emailpass", { email, password }, from(ip))

        // Right passwords never count: a shop's customers behind one address sign in freely.
        for (let i = 0; i < 5; i++) {
          expect((await login("10.1.0.1", "shopper@test.local", "shopper-password")).status).toBe(
            200
          )
        }
        // One guess at each of three accounts: the address has used its failures.
        for (let i = 0; i < 3; i++) {
          expect((await login("10.1.0.1", `someone-${i}@test.local`, "guess")).status).toBe(401)
        }
        expectRefused(
          await login("10.1.0.1", "shopper@test.local", "shopper-password"),
          /^Too many failed sign-ins from this connection\. Please try again in (a minute|\d+ minutes)/,
          15 * 60,
          "too_many_sign_ins"
        )

        const elsewhere = await login("10.1.0.2", "shopper@test.local", "shopper-password")
        expect(elsewhere.status).toBe(200)
        expect(elsewhere.data.token).toEqual(expect.any(String))
      })

      it("stops one address guessing one account's password, whatever the case of the e-mail", async () => {
        await awayFromWindowEdge(15 * 60)
        await createStaffHeaders(getContainer(), api, "desk@test.local")
        const staffLogin = (ip: string, email: string, password: string) =>
          post("/auth/user/emailpass", { email, password }, from(ip))

        expect((await staffLogin("10.2.1.1", "desk@test.local", "wrong")).status).toBe(401)
        expect((await staffLogin("10.2.1.1", "Desk@Test.Local", "wrong")).status).toBe(401)
        // Past the pair's limit the right password waits too: it must not confirm a guess.
        expectRefused(
          await staffLogin("10.2.1.1", "desk@test.local", "staff-password"),
          /^Too many failed sign-ins to this account from this connection/,
          15 * 60,
          "too_many_sign_ins"
        )
        // She still signs in from her own address.
        expect((await staffLogin("10.2.1.9", "desk@test.local", "staff-password")).status).toBe(200)
      })

      it("slows sign-ins to an account attacked from many addresses, and never locks its owner out", async () => {
        await awayFromWindowEdge(60 * 60)
        const container = getContainer()
        await createStaffHeaders(container, api, "guard@test.local")
        await createProducerHeaders(container, api)
        const staffLogin = (ip: string, password: string) =>
          post("/auth/user/emailpass", { email: "guard@test.local", password }, from(ip))
        const timed = async (answer: Promise<Answer>) => {
          const started = Date.now()
          return { answer: await answer, seconds: (Date.now() - started) / 1000 }
        }

        for (let i = 1; i <= 4; i++) {
          const { answer, seconds } = await timed(staffLogin(`10.2.0.${i}`, "wrong"))
          expect(answer.status).toBe(401)
          expect(seconds).toBeLessThan(1)
        }
        // Past the account's limit every try waits, longer each time: 1 s, then 2 s.
        const slowed = await timed(staffLogin("10.2.0.5", "wrong"))
        expect(slowed.answer.status).toBe(401)
        expect(slowed.seconds).toBeGreaterThanOrEqual(1)

        // Her right password from her own address still gets in, after the wait.
        const owner = await timed(staffLogin("10.2.0.9", "staff-password"))
        expect(owner.answer.status).toBe(200)
        expect(owner.answer.data.token).toEqual(expect.any(String))
        expect(owner.seconds).toBeGreaterThanOrEqual(2)

        // Other accounts are not slowed.
        const producer = await timed(
          post(
            "/auth/producer/emailpass",
            { email: "producer@test.local", password: "producer-password" },
            from("10.2.0.5")
          )
        )
        expect(producer.answer.status).toBe(200)
        expect(producer.seconds).toBeLessThan(1)
      })

      it("limits registrations per address", async () => {
        await awayFromWindowEdge(60 * 60)
        const register = (email: string, ip: string) =>
          post("/auth/customer/emailpass/register", { email, password: "oya-sever-42" }, from(ip))

        expect((await register("new-1@test.local", "10.5.0.1")).status).toBe(200)
        expect((await register("new-2@test.local", "10.5.0.1")).status).toBe(200)
        expectRefused(
          await register("new-3@test.local", "10.5.0.1"),
          /^Too many accounts opened from this connection/,
          60 * 60,
          "too_many_registrations"
        )
        expect((await register("new-3@test.local", "10.5.0.2")).status).toBe(200)
      })

      it("limits reset e-mails per address and per account, for shoppers and staff", async () => {
        await awayFromWindowEdge(60 * 60)
        const reset = (actor: string, identifier: string, ip: string) =>
          post(`/auth/${actor}/emailpass/reset-password`, { identifier }, from(ip))

        expect((await reset("customer", "a@test.local", "10.3.0.1")).status).toBe(201)
        expect((await reset("customer", "b@test.local", "10.3.0.1")).status).toBe(201)
        expectRefused(
          await reset("customer", "c@test.local", "10.3.0.1"),
          /^Too many password reset requests from this connection/,
          60 * 60,
          "too_many_password_resets"
        )
        expect((await reset("customer", "c@test.local", "10.3.0.2")).status).toBe(201)

        expect((await reset("user", "d@test.local", "10.3.0.3")).status).toBe(201)
        expect((await reset("customer", "d@test.local", "10.3.0.4")).status).toBe(201)
        expectRefused(
          await reset("user", "d@test.local", "10.3.0.5"),
          /^Reset links have already been sent to this address/,
          60 * 60,
          "too_many_password_resets"
        )
      })

      it("refuses cart completion past the minute's limit, and keeps the cart for later", async () => {
        const container = getContainer()
        const { storeHeaders, checkout } = await setUpCheckoutStore(container)
        const producer = await createProducerHeaders(container, api)
        const variantId = await listProduct(api, producer, { title: "Oya küpe", price: 450 })
        const store = { headers: storeHeaders.headers }
        const cartId = await startCart(api, store, {
          regionId: checkout.regionId,
          items: [{ variant_id: variantId, quantity: 1 }],
        })
        await payWith(api, store, cartId, { ...checkout, provider_id: "pp_system_default" })

        await awayFromWindowEdge(60)
        const complete = (id: string, ip: string) =>
          post(`/store/carts/${id}/complete`, {}, from(ip, storeHeaders.headers))
        // Every try counts, whatever its answer: two carts that do not exist use up the limit.
        expect((await complete("cart_missing_1", "10.4.0.1")).status).not.toBe(429)
        expect((await complete("cart_missing_2", "10.4.0.1")).status).not.toBe(429)
        expectRefused(
          await complete(cartId, "10.4.0.1"),
          /^Too many orders from this connection in a short time\. Please try again in a minute; your cart is kept\.$/,
          60
        )

        const completed = await complete(cartId, "10.4.0.2")
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
      })
    })
  },
})
