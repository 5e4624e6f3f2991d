import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../../helpers/test-runner"
import { applicationAnswers } from "../../helpers/applications"
import { failedRequest } from "../../helpers/http"
import { createStoreContext } from "../../helpers/store"

jest.setTimeout(120_000)

process.env.APPLICATION_RATE_LIMIT = "3"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("Store: applying is rate limited per address", () => {
      it("answers 429 with Retry-After once the hour's applications are used, storing nothing", async () => {
        const { storeHeaders } = await createStoreContext(getContainer())
        for (let i = 0; i < 3; i++) {
          await api.post(
            "/store/producer-applications",
            applicationAnswers({ email: `a${i}@example.com`, phone: `+90 500 000 00 0${i}` }),
            storeHeaders
          )
        }

        const refused = await api
          .post(
            "/store/producer-applications",
            applicationAnswers({ email: "a9@example.com", phone: "+90 500 000 00 09" }),
            storeHeaders
          )
          .catch(
            (error: { response: { status: number; headers: Record<string, string> } }) =>
              error.response
          )
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        const again = await failedRequest(
          api.post(
            "/store/producer-applications",
            applicationAnswers({ email: "b@example.com" }),
            storeHeaders
          )
        )
        expect(again.message).toMatch(/Too many applications/)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "producer_application", fields: ["id"] })
        expect(data).toHaveLength(3)
      })
    })
  },
})
