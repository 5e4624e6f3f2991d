import { MIN_PASSWORD_LENGTH, type LoginBody, type RegisterBody } from "./use-account"

export type CredentialProblem = "required" | "invalidEmail" | "shortPassword"
export type CredentialProblems<T> = Partial<Record<keyof T, CredentialProblem>>

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Whether the text looks like an e-mail address, spaces around it aside. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim())
}

function missing<T extends object>(values: T): CredentialProblems<T> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => typeof value === "string" && !value.trim())
      .map(([field]) => [field, "required"])
  ) as CredentialProblems<T>
}

/** What keeps her from logging in before anything is sent; empty when nothing does. */
export function checkLogin(body: LoginBody): CredentialProblems<LoginBody> {
  const problems = missing(body)
  if (!problems.email && !isEmail(body.email)) {
    problems.email = "invalidEmail"
  }
  return problems
}

/** What keeps her from opening an account; the password must be long enough to be safe. */
export function checkRegistration(body: RegisterBody): CredentialProblems<RegisterBody> {
  const problems: CredentialProblems<RegisterBody> = { ...missing(body), ...checkLogin(body) }
  if (!problems.password && body.password.length < MIN_PASSWORD_LENGTH) {
    problems.password = "shortPassword"
  }
  return problems
}
