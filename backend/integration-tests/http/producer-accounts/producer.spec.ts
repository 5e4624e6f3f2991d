import { integrationTestRunner } from "../../helpers/test-runner"
import { applicationAnswers } from "../../helpers/applications"
import { failedRequest } from "../../helpers/http"
import { waitForMail } from "../../helpers/outbox"
import { createShopperHeaders, createStaffHeaders, createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

type Headers = { headers: Record<string, string> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Producer accounts", () => {
      let store: Headers
      let staff: Headers

      beforeEach(async () => {
        const container = getContainer()
        store = (await createStoreContext(container)).storeHeaders
        staff = await createStaffHeaders(container, api)
      })

      async function applyAndDecide(
        action: "approve" | "reject" | "request-changes",
        body: Record<string, unknown> = {},
        answers: Record<string, unknown> = {}
      ) {
        const email = (answers.email as string) ?? "ayse@example.com"
        await api.post("/store/producer-applications", applicationAnswers(answers), store)
        const {
          data: {
            applications: [application],
          },
        } = await api.get(`/admin/producer-applications?q=${email}`, staff)
        const { data } = await api.post(
          `/admin/producer-applications/${application.id}/${action}`,
          body,
          staff
        )
        return { email, ...data }
      }

      it("approval mails an invitation; she sets her password, logs in and sees her shop", async () => {
        const { email, producer } = await applyAndDecide("approve")

        const mail = await waitForMail(getContainer(), {
          to: email,
          template: "producer-invitation",
        })
        expect(String(mail.data?.subject)).toContain("onaylandı")
        const link = new URL(String(mail.data?.link))
        expect(link.pathname).toBe("/sell/set-password")
        const token = link.searchParams.get("token")

        const invitation = { headers: { authorization: `Bearer ${token}` } }
        const set = await api.post(
          "/auth/producer/emailpass/update",
          { password: "oya-ve-dantel-2026" },
          invitation
        )
        expect(set.data).toEqual({ success: true })
        const reused = await failedRequest(
          api.post("/auth/producer/emailpass/update", { password: "another-one" }, invitation)
        )
        expect(reused.status).toBe(401)

        const login = await api.post("/auth/producer/emailpass", {
          email,
          password: "oya-ve-dantel-2026",
        })
        const { data } = await api.get("/producer/me", {
          headers: { authorization: `Bearer ${login.data.token}` },
        })
        expect(data.producer).toEqual(
          expect.objectContaining({ id: producer.id, handle: "ayse", status: "active" })
        )
      })

      it("cannot log in before she has set a password", async () => {
        const { email } = await applyAndDecide("approve")
        const error = await failedRequest(
          api.post("/auth/producer/emailpass", { email, password: "guess" })
        )
        expect(error.status).toBe(401)
      })

      it("does not let a stranger who registered her e-mail first into her shop", async () => {
        const email = "ayse@example.com"
        const registered = await api.post("/auth/producer/emailpass/register", {
          email,
          password: "strangers-password",
        })
        expect(registered.data.token).toEqual(expect.any(String))

        await applyAndDecide("approve")

        const error = await failedRequest(
          api.post("/auth/producer/emailpass", { email, password: "strangers-password" })
        )
        expect(error.status).toBe(401)
        await waitForMail(getContainer(), { to: email, template: "producer-invitation" })
      })

      it("writes to the applicant in the language she applied in", async () => {
        const { email } = await applyAndDecide(
          "request-changes",
          { message: "لطفاً عکس محصولات را اضافه کنید." },
          {
            email: "zahra@example.com",
            phone: "+98 914 555 0192",
            locale: "fa",
            full_name: "زهرا موسوی",
          }
        )
        const mail = await waitForMail(getContainer(), {
          to: email,
          template: "producer-application-changes-requested",
        })
        expect(mail.data?.subject).toBe("برای درخواست شما چند تغییر لازم است")
        expect(String(mail.data?.text)).toContain("لطفاً عکس محصولات را اضافه کنید.")

        const rejected = await applyAndDecide(
          "reject",
          { reason: "We only accept applications from Ankara for now." },
          { email: "jane@example.com", phone: "+44 7700 900123", locale: "en" }
        )
        const rejection = await waitForMail(getContainer(), {
          to: rejected.email,
          template: "producer-application-rejected",
        })
        expect(String(rejection.data?.text)).toContain("We only accept applications from Ankara")
      })

      it("answers the storefront's origin, so she can manage her shop from it", async () => {
        const preflight = await api.options("/producer/me", {
          headers: {
            origin: "http://localhost:5173",
            "access-control-request-method": "GET",
            "access-control-request-headers": "authorization",
          },
        })
        expect(preflight.status).toBe(204)
        expect(preflight.headers["access-control-allow-origin"]).toBe("http://localhost:5173")

        const foreign = await failedRequest(
          api.get("/producer/me", { headers: { origin: "http://evil.example" } })
        )
        expect(foreign.status).toBe(401)
      })

      it("refuses /producer/me to anonymous visitors, shoppers and staff", async () => {
        const shopper = await createShopperHeaders(getContainer(), api)
        for (const who of [{}, shopper, staff, store]) {
          expect((await failedRequest(api.get("/producer/me", who))).status).toBe(401)
        }
      })
    })
  },
})
