import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ensureAuthIdentityStepId = "ensure-auth-identity"

/**
 * The email-and-password identity she will log in with. She may already have one (as a
 * shopper, say); then the producer role is added to it rather than a second one made. A new one
 * has no password until she sets it from her invitation. An e-mail that already logs in to a
 * shop cannot open a second one.
 */
export const ensureAuthIdentityStep = createStep(
  ensureAuthIdentityStepId,
  async (input: { email: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities(
      { entity_id: input.email, provider: "emailpass" },
      { select: ["auth_identity_id"] }
    )
    if (existing?.auth_identity_id) {
      const identity = await auth.retrieveAuthIdentity(existing.auth_identity_id)
      if (identity.app_metadata?.producer_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${input.email} already logs in to a shop on the marketplace; one e-mail can run one shop.`
        )
      }
      return new StepResponse({ authIdentityId: existing.auth_identity_id }, null)
    }
    const created = await auth.createAuthIdentities({
      provider_identities: [{ provider: "emailpass", entity_id: input.email }],
    })
    return new StepResponse({ authIdentityId: created.id }, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve(Modules.AUTH).deleteAuthIdentities([createdId])
  }
)
