import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CodedError } from "../../../utils/coded-error"

/**
 * Medusa opens a shopper account with whatever e-mail the body names, for any login: a new
 * login could take a stranger's e-mail, and Medusa's "Customer with this email already has an
 * account" tells who shops here. The account takes the e-mail of the login it is opened with.
 */
async function openAccountsForTheLoginsEmail(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { actor_id, auth_identity_id } = req.auth_context
  if (actor_id || !auth_identity_id) {
    // Medusa refuses both itself: a shopper who has an account, or no login at all.
    return next()
  }
  const { email } = (req.body ?? {}) as Record<string, unknown>
  const [login] = await req.scope
    .resolve(Modules.AUTH)
    .listProviderIdentities({ auth_identity_id, provider: "emailpass" })
  if (login && email !== login.entity_id) {
    throw new CodedError(
      MedusaError.Types.INVALID_DATA,
      "customer_email_not_login",
      "A shopper account is opened with the e-mail of the login it is opened with."
    )
  }
  next()
}

export const storeCustomerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/customers",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnregistered: true }),
      openAccountsForTheLoginsEmail,
    ],
  },
]
