import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../../helpers/test-runner"
import { applicationAnswers } from "../../helpers/applications"
import { failedRequest } from "../../helpers/http"
import { createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: producer applications", () => {
      let store: { headers: Record<string, string> }

      beforeEach(async () => {
        store = (await createStoreContext(getContainer())).storeHeaders
      })

      async function countApplications() {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "producer_application", fields: ["id"] })
        return data.length
      }

      it("takes an application and answers with a reference code", async () => {
        const { status, data } = await api.post(
          "/store/producer-applications",
          applicationAnswers(),
          store
        )

        expect(status).toBe(201)
        expect(data.application).toEqual({
          reference: expect.stringMatching(/^IMC-[0-9A-Z]{8}$/),
          status: "submitted",
          submitted_at: expect.any(String),
        })
        expect(await countApplications()).toBe(1)
      })

      it("lets her check her status with email and reference, and no one without both", async () => {
        const {
          data: { application },
        } = await api.post("/store/producer-applications", applicationAnswers(), store)

        const { data } = await api.get(
          `/store/producer-applications/status?email=AYSE@example.com&reference=${application.reference.toLowerCase()}`,
          store
        )
        expect(data.application).toEqual(
          expect.objectContaining({ reference: application.reference, status: "submitted" })
        )
        expect(data.application).not.toHaveProperty("phone")

        const otherEmail = await failedRequest(
          api.get(
            `/store/producer-applications/status?email=fatma@example.com&reference=${application.reference}`,
            store
          )
        )
        expect(otherEmail).toEqual({
          status: 404,
          message: "No application matches this email and reference code.",
        })
        const noReference = await failedRequest(
          api.get("/store/producer-applications/status?email=ayse@example.com", store)
        )
        expect(noReference.status).toBe(400)
      })

      it("refuses a second open application with the same email or phone", async () => {
        await api.post("/store/producer-applications", applicationAnswers(), store)

        for (const duplicate of [
          applicationAnswers({ phone: "+90 555 000 00 00" }),
          applicationAnswers({ email: "other@example.com" }),
        ]) {
          const error = await failedRequest(
            api.post("/store/producer-applications", duplicate, store)
          )
          expect(error).toMatchObject({ status: 422, code: "application_already_open" })
          expect(error.message).toContain("already being reviewed")
        }
        expect(await countApplications()).toBe(1)
      })

      it.each([
        ["a missing name", { full_name: undefined }],
        ["a wrong type", { phone: 5321234567 }],
        ["a malformed email", { email: "ayse-at-example" }],
        ["no consent", { consent: false }],
        ["a story too short", { story: "Oya" }],
        ["a huge story", { story: "a".repeat(5000) }],
        ["a script in the story", { story: "Güzel oyalar <script>alert(1)</script> yapıyorum." }],
        ["an unknown field", { producer_id: "prdcr_1" }],
        ["an unknown language", { locale: "de" }],
      ])("refuses %s with a 400 and stores nothing", async (_case, change) => {
        const error = await failedRequest(
          api.post("/store/producer-applications", applicationAnswers(change), store)
        )
        expect(error.status).toBe(400)
        expect(error.message.length).toBeGreaterThan(0)
        expect(await countApplications()).toBe(0)
      })
    })
  },
})
