import type { ErrorCode } from "@imece/types"
import { MedusaError } from "@medusajs/framework/utils"

export type ErrorParams = Record<string, string | number>

/**
 * A refusal a person may see: its `code` is what the front ends translate into her language
 * (`common:errors.codes.<code>`), `params` the values the sentence needs, and the message stays
 * for developers reading the API. Use the types whose code Medusa's error handler keeps
 * (`INVALID_DATA`, `NOT_ALLOWED`, `NOT_FOUND`, `FORBIDDEN`, `UNAUTHORIZED`,
 * `PAYMENT_AUTHORIZATION_ERROR`); our handler restores it for the others.
 */
export class CodedError extends MedusaError {
  readonly params: ErrorParams

  constructor(type: string, code: ErrorCode, message: string, params: ErrorParams = {}) {
    super(type, message, code)
    this.params = params
  }
}

/**
 * Whether an error is one of ours, also after a workflow has carried it across a step boundary
 * (Medusa serializes errors there into plain objects with the same own properties).
 */
export function isCodedError(
  error: unknown
): error is { code: ErrorCode; params: ErrorParams; message: string; type: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { params?: unknown }).params === "object" &&
    (error as { params?: unknown }).params !== null
  )
}
