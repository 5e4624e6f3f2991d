import { FetchError } from "@medusajs/js-sdk"

/** Medusa answers 401 when the JWT is missing, expired or wrong. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof FetchError && error.status === 401
}

/** A 4xx will answer the same way again, so it is not worth retrying. */
export function isClientError(error: unknown): boolean {
  return (
    error instanceof FetchError &&
    error.status !== undefined &&
    error.status >= 400 &&
    error.status < 500
  )
}

/** The resource does not exist, or is not visible to this visitor. */
export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}
