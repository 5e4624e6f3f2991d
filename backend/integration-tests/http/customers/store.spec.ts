import { integrationTestRunner } from "../../helpers/test-runner"
import { failedRequest } from "../../helpers/http"
import {
  createProducerHeaders,
  createShopperHeaders,
  createStaffHeaders,
  createStoreContext,
} from "../../helpers/store"

jest.setTimeout(120_000)

// Every request here comes from one address; the limits have their own tests.
process.env.REGISTER_RATE_LIMIT = "100"
process.env.LOGIN_RATE_LIMIT = "100"

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: opening a shopper account", () => {
      let store: Headers

      beforeEach(async () => {
        const container = getContainer()
        store = (await createStoreContext(container)).storeHeaders
        await createStaffHeaders(container, api, "staff@test.local")
        await createProducerHeaders(container, api, { email: "producer@test.local" })
        await createShopperHeaders(container, api)
      })

      const bearer = (token: string) => ({
        headers: { ...store.headers, authorization: `Bearer ${token}` },
      })

      it("answers one refusal for a staff, producer or shopper e-mail, never that it exists", async () => {
        const answers = []
        for (const actor of ["customer", "producer", "user"]) {
          for (const email of ["staff@test.local", "producer@test.local", "shopper@test.local"]) {
            answers.push(
              await failedRequest(
                api.post(`/auth/${actor}/emailpass/register`, { email, password: "a-guess-123" })
              )
            )
          }
        }
        for (const answer of answers) {
          expect(answer).toEqual({
            status: 401,
            code: "registration_refused",
            message: "No account can be opened with this e-mail and password.",
            params: {},
          })
        }
      })

      it("opens an account for a new e-mail with her name", async () => {
        const { data } = await api.post("/auth/customer/emailpass/register", {
          email: "elif@test.local",
          password: "oya-sever-42",
        })
        const { data: created } = await api.post(
          "/store/customers",
          { email: "elif@test.local", first_name: "Elif", last_name: "Demir" },
          bearer(data.token)
        )
        expect(created.customer).toEqual(
          expect.objectContaining({ email: "elif@test.local", has_account: true })
        )
      })

      it("lets a producer open a shopper account with her own password, as Medusa's flow does", async () => {
        const credentials = { email: "producer@test.local", password: "producer-password" }
        // Medusa's words, which its dashboard's invitation page reads to sign her in instead.
        expect(
          await failedRequest(api.post("/auth/customer/emailpass/register", credentials))
        ).toEqual({
          status: 401,
          code: "email_has_login",
          message: "Identity with email already exists",
          params: {},
        })

        const signedIn = await api.post("/auth/customer/emailpass", credentials)
        await api.post(
          "/store/customers",
          { email: credentials.email, first_name: "Ayşe" },
          bearer(signedIn.data.token)
        )
        const asShopper = await api.post("/auth/customer/emailpass", credentials)
        const me = await api.get("/store/customers/me", bearer(asShopper.data.token))
        expect(me.data.customer).toEqual(
          expect.objectContaining({ email: credentials.email, first_name: "Ayşe" })
        )
        // Her shop's login is untouched.
        expect((await api.post("/auth/producer/emailpass", credentials)).status).toBe(200)
      })

      it("opens a shopper account only for the e-mail she signs in with", async () => {
        const { data } = await api.post("/auth/customer/emailpass/register", {
          email: "elif@test.local",
          password: "oya-sever-42",
        })
        for (const email of ["shopper@test.local", "someone-else@test.local"]) {
          expect(
            await failedRequest(
              api.post("/store/customers", { email, first_name: "Elif" }, bearer(data.token))
            )
          ).toEqual(
            expect.objectContaining({
              status: 400,
              code: "customer_email_not_login",
              params: {},
            })
          )
        }
        const created = await api.post(
          "/store/customers",
          { email: "elif@test.local", first_name: "Elif" },
          bearer(data.token)
        )
        expect(created.data.customer.email).toBe("elif@test.local")
      })
    })
  },
})
