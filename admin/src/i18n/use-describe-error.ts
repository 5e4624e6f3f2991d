import { describeError } from "@imece/i18n"
import { useCallback } from "react"
import { useLocale } from "./use-locale"

/**
 * A refusal the server gave no code for yet: its own sentence, English, is still the only place
 * its reason is (staff need to know why a step was refused, not only that it was).
 */
function uncodedRefusal(error: unknown): string | undefined {
  const failed = error as { status?: unknown; code?: unknown; message?: unknown } | null
  return typeof failed?.status === "number" &&
    failed.status >= 400 &&
    failed.status < 500 &&
    failed.status !== 401 &&
    failed.status !== 429 &&
    typeof failed.code !== "string" &&
    typeof failed.message === "string"
    ? failed.message
    : undefined
}

/**
 * Why a request failed, in the staff member's language: the sentence for the server's code, else
 * `fallback` (the page's own words), else the server's sentence for a refusal it gave no code
 * for, else one for the kind of failure.
 */
export function useDescribeError() {
  const { locale } = useLocale()
  return useCallback(
    (error: unknown, fallback?: string) =>
      describeError(error, locale, fallback ?? uncodedRefusal(error)),
    [locale]
  )
}
