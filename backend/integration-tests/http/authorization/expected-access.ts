import { ADMIN_ACCESS, defaultAdminAccess } from "../../../src/api/utils/staff-access"

/**
 * Who may call what: one entry per method and path the backend serves, naming an access rule.
 * `authorization.spec.ts` enumerates the routes from the file tree and fails on a route with no
 * entry here, and on an entry for a route that is no longer served.
 */

/**
 * Everyone the matrix calls as. Staff is an administrator of the cooperative; a reviewer is staff
 * too. `selfRegistered` holds a producer login she registered herself through Medusa's public
 * register route, with no shop behind it; she is called on `/producer` routes only.
 */
export const ACTORS = [
  "anonymous",
  "shopperA",
  "shopperB",
  "producerA",
  "producerB",
  "pendingProducer",
  "suspendedProducer",
  "selfRegistered",
  "staff",
  "reviewer",
] as const
export type Actor = (typeof ACTORS)[number]

/**
 * What one actor must get from one route.
 * - `allowed`: past authentication and authorization (never 401 or 403); a fake id may give 404.
 * - `refused`: 401 or 403.
 * - `notHers`: the path names what another actor owns: 401, 403 or 404, and nothing changes.
 * - `notHersAny4xx`: the same, where Medusa checks the thing's state before its owner: any 4xx,
 *   and nothing changes.
 * - `any`: only the credentials in the body decide (a login, a reset token): no 5xx.
 */
export type Outcome = "allowed" | "refused" | "notHers" | "notHersAny4xx" | "any"

const everyone = (outcome: Outcome) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<Actor, Outcome>
const only = (...actors: Actor[]) => ({
  ...everyone("refused"),
  ...Object.fromEntries(actors.map((actor) => [actor, "allowed"])),
})

export const ACCESS_RULES = {
  /** Anyone, logged in or not; `/store` asks only for the publishable key. */
  public: everyone("allowed"),
  /** Logins, registrations, password resets: the credentials in the request decide, not the caller. */
  credentials: everyone("any"),
  /** A payment provider's call; the provider's signature decides, not a login. */
  webhook: everyone("any"),
  /** Any login (shopper, producer, staff), as Medusa's `/auth` session and token routes take. */
  loggedIn: only(
    "shopperA",
    "shopperB",
    "producerA",
    "producerB",
    "pendingProducer",
    "suspendedProducer",
    "staff",
    "reviewer"
  ),
  /** A logged-in shopper, about herself. */
  shopper: only("shopperA", "shopperB"),
  /** One shopper's cart, order or address: every other actor is refused. */
  ownShopper: everyone("notHers"),
  /**
   * Answering or withdrawing a transfer of one shopper's order: the token mailed to the order's
   * e-mail, or the shopper who asked, decides; anyone else gets a 4xx.
   */
  orderTransfer: everyone("notHersAny4xx"),
  /**
   * A producer looking at her own shop, whatever its state: a suspended one still sees it, and a
   * login whose shop is still pending sees her empty one.
   */
  producer: only("producerA", "producerB", "pendingProducer", "suspendedProducer"),
  /** A producer changing her shop: only once the cooperative has opened it, and while it is open. */
  approvedProducer: only("producerA", "producerB"),
  /** One producer's product or part of an order: every other actor is refused. */
  ownProducer: everyone("notHers"),
  /** Cooperative staff: administrators and reviewers. */
  staff: only("staff", "reviewer"),
  /** The cooperative's settings, money and staff: administrators only. */
  administrator: only("staff"),
} satisfies Record<string, Record<Actor, Outcome>>
export type AccessRule = keyof typeof ACCESS_RULES

/**
 * Medusa's own `/admin` routes (several hundred) are not listed one by one: the backend's own
 * table (`src/api/utils/staff-access.ts`), which it enforces, gives every staff member their
 * reads and administrators alone their writes. It applies only to routes served from Medusa's
 * own files under `/admin/`, and only where `EXPECTED_ACCESS` has no entry.
 */
export const medusaAdminRule = (method: string): AccessRule => defaultAdminAccess(method)

export const EXPECTED_ACCESS: Record<string, AccessRule> = {
  // Everything under `/admin` is in the table the backend enforces.
  ...ADMIN_ACCESS,

  // Medusa's `/auth`.
  "GET /auth/:actor_type/providers": "public",
  "GET /auth/:actor_type/:auth_provider": "credentials",
  "POST /auth/:actor_type/:auth_provider": "credentials",
  "GET /auth/:actor_type/:auth_provider/callback": "credentials",
  "POST /auth/:actor_type/:auth_provider/callback": "credentials",
  "POST /auth/:actor_type/:auth_provider/register": "credentials",
  "POST /auth/:actor_type/:auth_provider/reset-password": "credentials",
  "POST /auth/:actor_type/:auth_provider/update": "credentials",
  "POST /auth/:auth_provider/user": "staff",
  "POST /auth/mfa/challenges/:id/verify": "loggedIn",
  "GET /auth/mfa/factors": "loggedIn",
  "POST /auth/mfa/factors": "loggedIn",
  "DELETE /auth/mfa/factors/:id": "loggedIn",
  "POST /auth/mfa/factors/:id/verify": "loggedIn",
  "POST /auth/mfa/recovery-codes": "loggedIn",
  "POST /auth/session": "loggedIn",
  // Ends a cookie session; a bearer token is not one.
  "DELETE /auth/session": "credentials",
  "POST /auth/token/refresh": "loggedIn",
  "POST /auth/verification/confirm": "credentials",
  "POST /auth/verification/request": "loggedIn",

  // Medusa Cloud's login, answered whether or not it is configured.
  "GET /cloud/auth": "public",
  "POST /cloud/auth/users": "staff",

  "POST /hooks/payment/:provider": "webhook",

  // Ours, for a producer's own shop.
  "GET /producer/dashboard": "producer",
  "GET /producer/earnings": "producer",
  "GET /producer/me": "producer",
  "POST /producer/me": "approvedProducer",
  "GET /producer/orders": "producer",
  "GET /producer/orders/:id": "ownProducer",
  "POST /producer/orders/:id/deliver": "ownProducer",
  "POST /producer/orders/:id/prepare": "ownProducer",
  "POST /producer/orders/:id/ship": "ownProducer",
  "POST /producer/photos": "approvedProducer",
  "GET /producer/products": "producer",
  "POST /producer/products": "approvedProducer",
  "GET /producer/products/:id": "ownProducer",
  "POST /producer/products/:id": "ownProducer",
  "POST /producer/products/:id/archive": "ownProducer",
  "POST /producer/products/:id/publish": "ownProducer",

  // Medusa's `/store`, and ours beside it.
  "POST /store/carts": "public",
  "GET /store/carts/:id": "ownShopper",
  "POST /store/carts/:id": "ownShopper",
  "POST /store/carts/:id/complete": "ownShopper",
  "POST /store/carts/:id/customer": "ownShopper",
  "POST /store/carts/:id/line-items": "ownShopper",
  "POST /store/carts/:id/line-items/:line_id": "ownShopper",
  "DELETE /store/carts/:id/line-items/:line_id": "ownShopper",
  "POST /store/carts/:id/promotions": "ownShopper",
  "DELETE /store/carts/:id/promotions": "ownShopper",
  "POST /store/carts/:id/shipping-methods": "ownShopper",
  "POST /store/carts/:id/taxes": "ownShopper",
  "GET /store/collections": "public",
  "GET /store/collections/:id": "public",
  "GET /store/currencies": "public",
  "GET /store/currencies/:code": "public",
  // A login just registered makes her customer here; one that is a shopper already is told so.
  "POST /store/customers": "shopper",
  "GET /store/customers/me": "shopper",
  "POST /store/customers/me": "shopper",
  "GET /store/customers/me/addresses": "shopper",
  "POST /store/customers/me/addresses": "shopper",
  "GET /store/customers/me/addresses/:address_id": "ownShopper",
  "POST /store/customers/me/addresses/:address_id": "ownShopper",
  "DELETE /store/customers/me/addresses/:address_id": "ownShopper",
  "GET /store/locales": "public",
  "GET /store/orders": "shopper",
  "POST /store/orders/lookup": "public",
  "GET /store/orders/:id": "ownShopper",
  "POST /store/orders/:id/transfer/accept": "orderTransfer",
  "POST /store/orders/:id/transfer/cancel": "orderTransfer",
  "POST /store/orders/:id/transfer/decline": "orderTransfer",
  "POST /store/orders/:id/transfer/request": "ownShopper",
  "POST /store/payment-collections": "public",
  "POST /store/payment-collections/:id/payment-sessions": "ownShopper",
  "GET /store/payment-providers": "public",
  "POST /store/producer-applications": "public",
  "POST /store/producer-applications/photos": "public",
  "POST /store/producer-applications/resubmit": "public",
  "GET /store/producer-applications/status": "public",
  "GET /store/producers": "public",
  "GET /store/producers/:handle": "public",
  "GET /store/product-categories": "public",
  "GET /store/product-categories/:id": "public",
  "GET /store/product-options": "public",
  "GET /store/product-options/:id": "public",
  "GET /store/product-tags": "public",
  "GET /store/product-tags/:id": "public",
  "GET /store/product-types": "public",
  "GET /store/product-types/:id": "public",
  "GET /store/product-variants": "public",
  "GET /store/product-variants/:id": "public",
  "GET /store/products": "public",
  "GET /store/products/:id": "public",
  "GET /store/regions": "public",
  "GET /store/regions/:id": "public",
  "GET /store/return-reasons": "public",
  "GET /store/return-reasons/:id": "public",
  "POST /store/returns": "public",
  "GET /store/search": "public",
  "POST /store/search": "public",
  "GET /store/shipping-options": "public",
  "POST /store/shipping-options/:id/calculate": "public",
}

/**
 * Actors who get in where the rule above refuses them: each is a bug, listed here with why until
 * it is fixed, and left out of the refusal checks meanwhile. The matrix checks, last and in this
 * order, that each is still open (as the first actor listed), so the entry goes when the bug
 * does; getting in changes the owner's things, so nothing runs after.
 *
 * None is open. What stays by design: a guest's cart and order are hers by their id alone, as
 * Medusa makes them (a guest has nothing else to show); the matrix's carts and orders belong to
 * shoppers with an account, which only they reach.
 */
export const OPEN_HOLES: { route: string; actors: readonly Actor[]; why: string }[] = []
