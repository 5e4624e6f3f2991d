import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createSalesChannelsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { createProducersWorkflow } from "../../src/workflows/producer/workflows/create-producers"

/** A sales channel and a publishable key linked to it: every `/store` request needs one. */
export async function createStoreContext(container: MedusaContainer) {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Test storefront" }] },
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test key", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })
  return {
    salesChannelId: salesChannel.id,
    storeHeaders: { headers: { "x-publishable-api-key": apiKey.token } },
  }
}

/** A staff member and the bearer headers of her session, as the admin app gets them. */
export async function createStaffHeaders(
  container: MedusaContainer,
  api: { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> },
  email = "staff@test.local",
  password = "staff-password"
) {
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity } = await authModule.register("emailpass", { body: { email, password } })
  if (!authIdentity) {
    throw new Error(`Could not register ${email}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A shopper's bearer headers: she must be refused wherever staff act. */
export async function createShopperHeaders(
  container: MedusaContainer,
  api: { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> },
  email = "shopper@test.local",
  password = "shopper-password"
) {
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity } = await authModule.register("emailpass", { body: { email, password } })
  if (!authIdentity) {
    throw new Error(`Could not register ${email}`)
  }
  await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData: { email } },
  })
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A producer's bearer headers: her own shop only, never staff routes. */
export async function createProducerHeaders(
  container: MedusaContainer,
  api: { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> },
  email = "producer@test.local",
  password = "producer-password"
) {
  const authModule = container.resolve(Modules.AUTH)
  const {
    result: [producer],
  } = await createProducersWorkflow(container).run({
    input: { producers: [{ handle: "test-producer", name: "Test Üretici", status: "active" }] },
  })
  const { authIdentity } = await authModule.register("emailpass", { body: { email, password } })
  if (!authIdentity) {
    throw new Error(`Could not register ${email}`)
  }
  await authModule.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { producer_id: producer.id },
  })
  const { data } = await api.post("/auth/producer/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` }, producerId: producer.id }
}
