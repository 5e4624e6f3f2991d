import type { Locale } from "@imece/types"
import { common } from "./locales/common"
import { formatMinorPrice, localeTag } from "./index"

/** What a failed call may carry: the client's `ApiError`, Medusa's `FetchError`, or neither. */
interface FailedCall {
  status?: number
  code?: unknown
  params?: Record<string, string | number>
}

type StatusKey = keyof (typeof common)["en"]["errors"]["status"]

const STATUS_KEYS: [test: (status: number) => boolean, key: StatusKey][] = [
  [(status) => status === 401, "unauthorized"],
  [(status) => status === 403, "forbidden"],
  [(status) => status === 404, "not_found"],
  [(status) => status === 409, "conflict"],
  [(status) => status === 429, "too_many"],
  [(status) => status >= 400 && status < 500, "invalid"],
  [(status) => status >= 500, "server"],
]

const ISOLATE = (text: string) => `\u2068${text}\u2069`

/**
 * A value as it reads inside a sentence in her language: an amount of money (a `…_total` in whole
 * minor units of the `currency_code` beside it) as a price, a day (YYYY-MM-DD, a calendar day,
 * not an instant) and a number in her script, and every value isolated so a Latin name or e-mail
 * keeps its order inside a right-to-left sentence.
 */
function formatParam(
  name: string,
  params: Record<string, string | number>,
  locale: Locale
): string {
  const value = params[name]
  const currency = params.currency_code
  if (typeof value === "number" && name.endsWith("_total") && typeof currency === "string") {
    return ISOLATE(formatMinorPrice(value, currency, locale))
  }
  if (typeof value === "number") {
    return ISOLATE(new Intl.NumberFormat(localeTag(locale)).format(value))
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return ISOLATE(
      new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "medium", timeZone: "UTC" }).format(
        new Date(`${value}T00:00:00Z`)
      )
    )
  }
  return ISOLATE(value)
}

/**
 * What to tell a person whose request failed, in her language: the sentence for the backend's
 * code when it sent one we know, else `fallback` (the page's own words for what failed there),
 * else a sentence for the kind of failure (not found, not allowed, too many tries, the server,
 * the connection). Never the backend's English message.
 */
export function describeError(error: unknown, locale: Locale, fallback?: string): string {
  const failed = (typeof error === "object" && error !== null ? error : {}) as FailedCall
  const { codes, status: sentences } = common[locale].errors
  if (typeof failed.code === "string" && failed.code in codes) {
    const params = failed.params ?? {}
    return codes[failed.code as keyof typeof codes].replace(
      /{{\s*(\w+)\s*}}/g,
      (_, name: string) => (name in params ? formatParam(name, params, locale) : "")
    )
  }
  const status = typeof failed.status === "number" && failed.status > 0 ? failed.status : undefined
  // Her session or her pace is the same answer wherever she is; other refusals are the page's.
  const general = status === 401 || status === 429 || (status !== undefined && status >= 500)
  if (fallback && !general && (status !== undefined || !(error instanceof TypeError))) {
    return fallback
  }
  if (status === undefined) {
    return sentences[error instanceof TypeError ? "network" : "server"]
  }
  return sentences[STATUS_KEYS.find(([test]) => test(status))?.[1] ?? "server"]
}
