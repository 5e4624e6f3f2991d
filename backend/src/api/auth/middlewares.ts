import type { MiddlewareRoute } from "@medusajs/framework/http"
import { inMinutes, perAccount, rateLimit } from "../utils/rate-limit"

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
  message: (minutes) =>
    `Too many failed sign-ins from this connection. Please try again in ${inMinutes(minutes)}, or reset your password if you have forgotten it.`,
})

/**
 * The same count per e-mail: an attacker spread over many addresses still gets only this many
 * guesses at one account's password an hour, and a right guess past the limit is refused too.
 */
const signInPerAccount = rateLimit({
  name: "login-account",
  limitVariable: "LOGIN_ACCOUNT_RATE_LIMIT",
  defaultLimit: 10,
  windowSeconds: ONE_HOUR,
  failuresOnly: true,
  key: perAccount("email"),
  message: (minutes) =>
    `Too many failed sign-ins to this account, so signing in to it is paused for ${inMinutes(minutes)} to keep it safe. Reset your password if you have forgotten it.`,
})

/** Each request sends an e-mail: the limits keep anyone from flooding an inbox or the mailer. */
const resetPerAddress = rateLimit({
  name: "password-reset",
  limitVariable: "PASSWORD_RESET_RATE_LIMIT",
  defaultLimit: 10,
  windowSeconds: ONE_HOUR,
  message: (minutes) =>
    `Too many password reset requests from this connection. Please try again in ${inMinutes(minutes)}.`,
})

const resetPerAccount = rateLimit({
  name: "password-reset-account",
  limitVariable: "PASSWORD_RESET_ACCOUNT_RATE_LIMIT",
  defaultLimit: 5,
  windowSeconds: ONE_HOUR,
  key: perAccount("identifier"),
  message: (minutes) =>
    `Reset links have already been sent to this address several times. Please look for them in your inbox and spam folder, or ask again in ${inMinutes(minutes)}.`,
})

/**
 * Medusa's own sign-in and reset routes, limited. The password update that follows a reset
 * needs the signed, single-use token from the e-mail, which cannot be guessed, so it is left as
 * it is.
 */
export const authRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass",
    middlewares: [signInPerAddress, signInPerAccount],
  },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [resetPerAddress, resetPerAccount],
  },
]
