import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CodedError } from "../../utils/coded-error"
import { inMinutes, perAccount, perAddressAndAccount, rateLimit } from "../utils/rate-limit"

const FIFTEEN_MINUTES = 15 * 60
const ONE_HOUR = 60 * 60

/**
 * Shoppers (`customer`), producers (`producer`) and staff (`user`) all sign in at
 * `/auth/<actor>/emailpass`. Only failed sign-ins count, so a market stall or an office behind
 * one address is never slowed by people who know their passwords.
 */
const signInPerAddress = rateLimit({
  name: "login",
  limitVariable: "LOGIN_RATE_LIMIT",
  defaultLimit: 20,
  windowSeconds: FIFTEEN_MINUTES,
  failuresOnly: true,
  code: "too_many_sign_ins",
  message: (minutes) =>
    `Too many failed sign-ins from this connection. Please try again in ${inMinutes(minutes)}, or reset your password if you have forgotten it.`,
})

/** One address guessing one account's password: past the limit its right guess waits too. */
const signInPerAddressAndAccount = rateLimit({
  name: "login-address-account",
  limitVariable: "LOGIN_ADDRESS_ACCOUNT_RATE_LIMIT",
  defaultLimit: 5,
  windowSeconds: FIFTEEN_MINUTES,
  failuresOnly: true,
  key: perAddressAndAccount("email"),
  code: "too_many_sign_ins",
  message: (minutes) =>
    `Too many failed sign-ins to this account from this connection. Please try again in ${inMinutes(minutes)}, or reset your password if you have forgotten it.`,
})

/**
 * The same count per e-mail from every address. It slows an attacker spread over many
 * addresses but never refuses: a refusal here would lock the owner out of her own account with
 * other people's failures.
 */
const signInPerAccount = rateLimit({
  name: "login-account",
  limitVariable: "LOGIN_ACCOUNT_RATE_LIMIT",
  defaultLimit: 10,
  windowSeconds: ONE_HOUR,
  failuresOnly: true,
  key: perAccount("email"),
  slowDownUpToSeconds: 10,
})

const signIn = [signInPerAddress, signInPerAddressAndAccount, signInPerAccount]

/** Each request sends an e-mail: the limits keep anyone from flooding an inbox or the mailer. */
const resetPerAddress = rateLimit({
  name: "password-reset",
  limitVariable: "PASSWORD_RESET_RATE_LIMIT",
  defaultLimit: 10,
  windowSeconds: ONE_HOUR,
  code: "too_many_password_resets",
  message: (minutes) =>
    `Too many password reset requests from this connection. Please try again in ${inMinutes(minutes)}.`,
})

const resetPerAccount = rateLimit({
  name: "password-reset-account",
  limitVariable: "PASSWORD_RESET_ACCOUNT_RATE_LIMIT",
  defaultLimit: 5,
  windowSeconds: ONE_HOUR,
  key: perAccount("identifier"),
  code: "too_many_password_resets",
  message: (minutes) =>
    `Reset links have already been sent to this address several times. Please look for them in your inbox and spam folder, or ask again in ${inMinutes(minutes)}.`,
})

/** Each registration may open an account: every try counts, whatever it is answered. */
const registerPerAddress = rateLimit({
  name: "register",
  limitVariable: "REGISTER_RATE_LIMIT",
  defaultLimit: 10,
  windowSeconds: ONE_HOUR,
  code: "too_many_registrations",
  message: (minutes) =>
    `Too many accounts opened from this connection. Please try again in ${inMinutes(minutes)}.`,
})

/**
 * Medusa answers "Identity with email already exists" to anyone who registers an e-mail that
 * logs in already, a staff member's, a producer's or a shopper's: a list of whom to attack.
 * Here everyone without that login's password gets one refusal, whatever the e-mail is. Only
 * with its password does Medusa's own answer go through (its dashboard's invitation page reads
 * those words to sign her in instead, and our storefront the code), or, for a registration that
 * stopped before its account was opened, Medusa finishes it.
 */
async function refuseRegisteringKnownLogins(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { email, password } = (req.body ?? {}) as Record<string, unknown>
  if (typeof email !== "string" || typeof password !== "string") {
    // Medusa refuses the malformed request itself.
    return next()
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const [login] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (!login) {
    return next()
  }
  const { success, authIdentity } = await auth.authenticate("emailpass", {
    body: { email, password },
  })
  if (!success) {
    throw new CodedError(
      MedusaError.Types.UNAUTHORIZED,
      "registration_refused",
      "No account can be opened with this e-mail and password."
    )
  }
  if (!Object.keys(authIdentity?.app_metadata ?? {}).length) {
    return next()
  }
  throw new CodedError(
    MedusaError.Types.UNAUTHORIZED,
    "email_has_login",
    "Identity with email already exists"
  )
}

/**
 * Medusa's own sign-in, registration and reset routes, limited. The password update that
 * follows a reset needs the signed, single-use token from the e-mail, which cannot be guessed,
 * so it is left as it is.
 */
export const authRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass",
    middlewares: signIn,
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/register",
    // A registration with a known e-mail checks its password: it counts as a sign-in too.
    middlewares: [registerPerAddress, ...signIn, refuseRegisteringKnownLogins],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [resetPerAddress, resetPerAccount],
  },
]
