import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { CodedError } from "../../utils/coded-error"

/**
 * Who may call what under `/admin`: `staff` is every staff member, administrators and reviewers;
 * `administrator` only the cooperative's administrators; `public` and `credentials` are the
 * routes Medusa serves without a staff login. The authorization matrix reads this same table
 * (`integration-tests/http/authorization/expected-access.ts`), so what is enforced is what is
 * tested.
 */
export type AdminAccess = "public" | "credentials" | "staff" | "administrator"

/**
 * Every route of ours under `/admin`, and Medusa's where they differ from the default below.
 * A reviewer moderates: applications, producers, product reviews, and the money received for
 * offline orders. Settings, money paid out and staff are the administrators'.
 */
export const ADMIN_ACCESS: Record<string, AdminAccess> = {
  // Medusa's `/admin` routes that opt out of authentication.
  "GET /admin/feature-flags": "public",
  "POST /admin/invites/accept": "credentials",

  "GET /admin/commission-rules": "staff",
  "POST /admin/commission-rules": "administrator",
  "GET /admin/commission-rules/:id": "staff",
  "DELETE /admin/commission-rules/:id": "administrator",
  "GET /admin/cooperative-settings": "staff",
  "POST /admin/cooperative-settings": "administrator",
  "GET /admin/impact": "staff",
  "GET /admin/impact/export": "staff",
  "GET /admin/payout-batches": "staff",
  "POST /admin/payout-batches": "administrator",
  "GET /admin/payout-batches/proposal": "staff",
  "GET /admin/payout-batches/:id": "staff",
  "GET /admin/payout-batches/:id/export": "staff",
  "POST /admin/payout-batches/:id/cancel": "administrator",
  "POST /admin/payout-batches/:id/mark-paid": "administrator",
  "GET /admin/pending-payments": "staff",
  "POST /admin/pending-payments/:id/receipts": "staff",
  "GET /admin/producer-applications": "staff",
  "GET /admin/producer-applications/:id": "staff",
  "POST /admin/producer-applications/:id/approve": "staff",
  "POST /admin/producer-applications/:id/assign": "staff",
  "POST /admin/producer-applications/:id/reject": "staff",
  "POST /admin/producer-applications/:id/request-changes": "staff",
  "GET /admin/producer-ledger/totals": "staff",
  "GET /admin/producers": "staff",
  "POST /admin/producers/:id/reactivate": "staff",
  "POST /admin/producers/:id/suspend": "staff",
  "GET /admin/product-reviews": "staff",
  "POST /admin/product-reviews/:id/approve": "staff",
  "POST /admin/product-reviews/:id/send-back": "staff",
  "GET /admin/reason-templates": "staff",
  "POST /admin/reason-templates": "administrator",
  "GET /admin/reason-templates/:id": "staff",
  "POST /admin/reason-templates/:id": "administrator",
  "DELETE /admin/reason-templates/:id": "administrator",
  "GET /admin/staff": "staff",
  "GET /admin/staff/me": "staff",
  "POST /admin/staff/:id/role": "administrator",
}

const READS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * Medusa's several hundred `/admin` routes not listed above: every staff member reads (a reviewer
 * looks at an order or a product to judge a producer), and only administrators write: staff
 * users and invites, API keys, the store, products, orders, refunds, regions. A reviewer's work
 * is all on our routes.
 */
export const defaultAdminAccess = (method: string): AdminAccess =>
  READS.has(method.toUpperCase()) ? "staff" : "administrator"

const PATTERNS = Object.entries(ADMIN_ACCESS).map(([key, access]) => {
  const [method, path] = key.split(" ")
  const pattern = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:\w+/g, "[^/]+")
  return { method, matches: new RegExp(`^${pattern}/?$`, "i"), access }
})

/**
 * The access of the request's route. An address written otherwise than the table's (an encoded
 * letter) finds no entry and falls to the default, which refuses reviewers every write: a
 * spelling can only lose a reviewer access, never win her any.
 */
export function adminAccessOf(method: string, path: string): AdminAccess {
  const upper = method.toUpperCase()
  const entry = PATTERNS.find(
    (candidate) =>
      (candidate.method === upper || (upper === "HEAD" && candidate.method === "GET")) &&
      candidate.matches.test(path)
  )
  return entry?.access ?? defaultAdminAccess(upper)
}

/**
 * Runs on every `/admin` request after Medusa's authentication and before any route's own
 * middlewares, so a reviewer's write is refused before its body is validated: she learns she
 * may not, not what a valid body would be.
 */
export async function enforceStaffRoles(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const actor = req.auth_context
  const path = req.originalUrl.split("?")[0]
  // Routes that opt out of a staff login (an invitation's acceptance) have no user yet.
  if (actor?.actor_type !== "user" || !actor.actor_id) {
    return next()
  }
  if (adminAccessOf(req.method, path) !== "administrator") {
    return next()
  }
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  if ((await cooperative.retrieveRoleOfUser(actor.actor_id)) === "administrator") {
    return next()
  }
  next(
    new CodedError(
      MedusaError.Types.FORBIDDEN,
      "staff_role_refused",
      "Only an administrator of the cooperative can change this."
    )
  )
}
