import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CodedError } from "../../../utils/coded-error"

export const ensureAuthIdentityStepId = "ensure-auth-identity"

/** What a failed approval undoes: the login it made, or the password it cleared. */
type Undo = {
  createdId?: string
  providerIdentityId?: string
  providerMetadata?: Record<string, unknown>
}

/**
 * The email-and-password identity she will log in with. She may already have one (as a
 * shopper, say); then the producer role is added to it rather than a second one made. Either way
 * it has no password until she sets one from her invitation: anyone can register a login with
 * an applicant's e-mail before she is approved, and that stranger's password must not open her
 * shop. An e-mail that already logs in to a shop cannot open a second one.
 */
export const ensureAuthIdentityStep = createStep(
  ensureAuthIdentityStepId,
  async (input: { email: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities(
      { entity_id: input.email, provider: "emailpass" },
      { select: ["id", "auth_identity_id", "provider_metadata"] }
    )
    if (existing?.auth_identity_id) {
      const identity = await auth.retrieveAuthIdentity(existing.auth_identity_id)
      if (identity.app_metadata?.producer_id) {
        throw new CodedError(
          MedusaError.Types.NOT_ALLOWED,
          "email_runs_a_shop",
          `${input.email} already logs in to a shop on the marketplace; one e-mail can run one shop.`,
          { email: input.email }
        )
      }
      await auth.updateProviderIdentities([
        { id: existing.id, provider_metadata: { ...existing.provider_metadata, password: null } },
      ])
      return new StepResponse<{ authIdentityId: string }, Undo>(
        { authIdentityId: existing.auth_identity_id },
        { providerIdentityId: existing.id, providerMetadata: existing.provider_metadata ?? {} }
      )
    }
    const created = await auth.createAuthIdentities({
      provider_identities: [{ provider: "emailpass", entity_id: input.email }],
    })
    return new StepResponse<{ authIdentityId: string }, Undo>(
      { authIdentityId: created.id },
      { createdId: created.id }
    )
  },
  async (undo: Undo | undefined, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    if (undo?.createdId) {
      await auth.deleteAuthIdentities([undo.createdId])
    }
    if (undo?.providerIdentityId) {
      await auth.updateProviderIdentities([
        { id: undo.providerIdentityId, provider_metadata: undo.providerMetadata },
      ])
    }
  }
)
