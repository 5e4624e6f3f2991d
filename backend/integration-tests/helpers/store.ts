import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createSalesChannelsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import type { StaffRole } from "@imece/types"
import { setStaffRoleWorkflow } from "../../src/workflows/cooperative/workflows/set-staff-role"
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

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }
type Actor = "user" | "customer" | "producer"

/**
 * Registers an email-and-password login, lets `attach` make it an actor (a staff member, a
 * shopper, a producer), then logs in as that actor and returns her bearer headers.
 */
export async function loginAs(
  container: MedusaContainer,
  api: Api,
  actor: Actor,
  { email, password }: { email: string; password: string },
  attach: (authIdentityId: string) => Promise<unknown>
) {
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity } = await authModule.register("emailpass", { body: { email, password } })
  if (!authIdentity) {
    throw new Error(`Could not register ${email}`)
  }
  await attach(authIdentity.id)
  const { data } = await api.post(`/auth/${actor}/emailpass`, { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A staff member's bearer headers, as the admin app gets them: a reviewer unless told. */
export function createStaffHeaders(
  container: MedusaContainer,
  api: Api,
  email = "staff@test.local",
  role: StaffRole = "reviewer"
) {
  return loginAs(
    container,
    api,
    "user",
    { email, password: "staff-password" },
    async (authIdentityId) => {
      const { result: user } = await createUserAccountWorkflow(container).run({
        input: { authIdentityId, userData: { email } },
      })
      await setStaffRoleWorkflow(container).run({ input: { user_id: user.id, role } })
    }
  )
}

/** An administrator's bearer headers: the role that may change settings, staff and money. */
export function createAdministratorHeaders(container: MedusaContainer, api: Api) {
  return createStaffHeaders(container, api, "admin@test.local", "administrator")
}

/** A shopper's bearer headers: she must be refused wherever staff act. */
export function createShopperHeaders(container: MedusaContainer, api: Api) {
  const email = "shopper@test.local"
  return loginAs(
    container,
    api,
    "customer",
    { email, password: "shopper-password" },
    (authIdentityId) =>
      createCustomerAccountWorkflow(container).run({
        input: { authIdentityId, customerData: { email } },
      })
  )
}

/** A producer's bearer headers: her own shop only, never staff routes nor another's shop. */
export async function createProducerHeaders(
  container: MedusaContainer,
  api: Api,
  {
    handle = "test-producer",
    name = "Test Üretici",
    email = "producer@test.local",
  }: { handle?: string; name?: string; email?: string } = {}
) {
  const {
    result: [producer],
  } = await createProducersWorkflow(container).run({
    input: { producers: [{ handle, name, email, status: "active" }] },
  })
  const credentials = { email, password: "producer-password" }
  return loginAs(container, api, "producer", credentials, (id) =>
    container
      .resolve(Modules.AUTH)
      .updateAuthIdentities({ id, app_metadata: { producer_id: producer.id } })
  )
}

/** Two producers signed in, each with her own shop: Ayşe (oya) and Zehra (felt). */
export async function createAyseAndZehra(container: MedusaContainer, api: Api) {
  const ayse = await createProducerHeaders(container, api, {
    handle: "ayse-oya",
    name: "Ayşe Yılmaz",
    email: "ayse@test.local",
  })
  const zehra = await createProducerHeaders(container, api, {
    handle: "zehra-kece",
    name: "Zehra Demir",
    email: "zehra@test.local",
  })
  return { ayse, zehra }
}
