import {
  Client,
  FetchError,
  type ClientFetch,
  type Config,
  type FetchArgs,
  type FetchInput,
} from "@medusajs/js-sdk"
import type { ErrorCode } from "@imece/types"
import { stringify } from "qs"

export type ErrorParams = Record<string, string | number>

/**
 * A refusal from the backend with what its error body says beyond the message: the marketplace's
 * `code`, which the front ends translate (the English message is for developers), and the values
 * the sentence needs (`params`). Medusa's own errors carry only its generic codes.
 */
export class ApiError extends FetchError {
  constructor(
    message: string,
    statusText: string,
    status: number,
    readonly code?: string,
    readonly params: ErrorParams = {}
  ) {
    super(message, statusText, status)
  }
}

/** The marketplace's code of a failed call, when the backend sent one. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  return error instanceof ApiError ? (error.code as ErrorCode | undefined) : undefined
}

const isParams = (value: unknown): value is ErrorParams =>
  typeof value === "object" &&
  value !== null &&
  Object.values(value).every((entry) => typeof entry === "string" || typeof entry === "number")

/**
 * The js-sdk's client, sending requests as it does, but keeping an error body's `code` and
 * `params`: the js-sdk reads only the message of a refusal. Every js-sdk call (store, auth) and
 * every `client.fetch` of ours goes through `initClient`'s function, so this is the one place.
 */
export class ImeceHttpClient extends Client {
  private readonly settings: Config

  constructor(config: Config) {
    super(config)
    this.settings = config
  }

  protected initClient(): ClientFetch {
    // Read at call time: the base constructor calls this before `settings` is assigned.
    const send = async (input: FetchInput, init?: FetchArgs) => {
      const { settings } = this
      const headers = new Headers({
        "content-type": "application/json",
        accept: "application/json",
        ...this.getPublishableKeyHeader_(),
      })
      const locale = this.locale
      const extra = {
        ...(locale ? { "x-medusa-locale": locale } : {}),
        ...settings.globalHeaders,
        ...(await this.getJwtHeader_()),
        ...init?.headers,
      }
      for (const [name, value] of Object.entries(extra)) {
        if (value === null) {
          headers.delete(name)
        } else if (typeof value === "string") {
          headers.set(name, value)
        }
      }

      const url = new URL(
        `${new URL(settings.baseUrl).pathname.replace(/\/$/, "")}/${input.toString().replace(/^\//, "")}`,
        new URL(settings.baseUrl).origin
      )
      if (init?.query) {
        url.search = stringify(
          { ...Object.fromEntries(url.searchParams.entries()), ...init.query },
          { skipNulls: true }
        )
      }
      const { query: _query, headers: _headers, body, ...rest } = init ?? {}
      const response = await fetch(url, {
        ...rest,
        headers,
        credentials: settings.auth?.type === "session" ? "include" : "omit",
        body:
          body && headers.get("content-type")?.includes("application/json")
            ? JSON.stringify(body)
            : (body as BodyInit | undefined),
      })
      if (response.status >= 300) {
        const error = await response.json().catch(() => ({}))
        throw new ApiError(
          typeof error.message === "string" ? error.message : response.statusText,
          response.statusText,
          response.status,
          typeof error.code === "string" ? error.code : undefined,
          isParams(error.params) ? error.params : {}
        )
      }
      return headers.get("accept")?.includes("application/json") ? response.json() : response
    }
    return send as ClientFetch
  }
}
