import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const MAX_PAGE_SIZE = 100

/**
 * Medusa's list parameters with paging that is refused when out of range: a negative offset or a
 * page of a million rows gets a 400, not a database error.
 */
export function createPagedFindParams({ limit, offset = 0 }: { limit: number; offset?: number }) {
  return createFindParams({ limit, offset }).extend({
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(limit),
    offset: z.coerce.number().int().min(0).default(offset),
  })
}

/**
 * Control characters (tab and line breaks aside) and lone surrogates. PostgreSQL cannot store
 * NUL at all (the request would fail with a 500) and turns a lone surrogate into "�".
 */
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udfff]/u

/** Any text we read, a name, a search or an id: refused when it holds what nobody can type. */
export const readableText = () =>
  z.string().refine((text) => !UNREADABLE.test(text), {
    message: "Remove the control characters (such as NUL) or broken characters from this text.",
  })

/**
 * Refuses an address whose ids or handles no record can have, such as a NUL (`%00`), which
 * would fail the query with a 500, before a route reads them.
 */
export function readablePath(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // Express has decoded every segment already to match the route: each one decodes.
  const segments = req.originalUrl.split("?")[0].split("/").map(decodeURIComponent)
  if (segments.some((segment) => UNREADABLE.test(segment))) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This address holds characters that no id or handle has."
      )
    )
  }
  next()
}

/** Plain text only: markup in a story or a name would end up in staff's screens and e-mails. */
export const plainText = (min: number, max: number) =>
  readableText()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !/<\s*\/?\s*[a-z!]/i.test(text), {
      message: "Write plain text: HTML tags such as <script> are not accepted.",
    })

/** A day, or a day and time, as ISO 8601 writes it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * A date written as ISO 8601 (JavaScript would also read "\u001b2099-07-01"), that PostgreSQL
 * can store: `+275760-09-13` is a JavaScript date but beyond its timestamps, a 500.
 */
export const storableDate = () =>
  z
    .union([z.date(), z.string().regex(ISO_DATE, "Give a date as YYYY-MM-DD.")])
    .pipe(
      z.coerce
        .date<string | Date>()
        .min(new Date("1900-01-01T00:00:00Z"), { message: "Give a date after 1900." })
        .max(new Date("9999-12-31T23:59:59Z"), { message: "Give a date before the year 10000." })
    )

/** What a list may be sorted by: `name` or `-name` for one of these fields. */
export const sortOrder = (fields: readonly string[]) =>
  z
    .string()
    .refine((order) => fields.includes(order.replace(/^-/, "")), {
      message: `Sort by one of ${fields.join(", ")} (with a leading - for descending).`,
    })
    .optional()

/** The names JavaScript calls to turn a value into text. */
const CONVERSION_KEYS = new Set(["toString", "valueOf"])

/** No form of ours nests deeper; a body that does is refused before anything walks it. */
const MAX_BODY_DEPTH = 32

type BodyProblem = { path: (string | number)[]; message: string }

/**
 * Where a field named like one of them is, or where the body nests too deep; null when neither.
 * Walked with a list, not recursion: a body of ten thousand `[` would exhaust the stack.
 */
function bodyProblem(body: unknown): BodyProblem | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: body, path: [] }]
  while (pending.length) {
    const { value, path } = pending.pop() as { value: unknown; path: (string | number)[] }
    if (!value || typeof value !== "object") {
      continue
    }
    if (path.length >= MAX_BODY_DEPTH) {
      return { path, message: `Fields may nest at most ${MAX_BODY_DEPTH} levels deep.` }
    }
    for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
      if (typeof key === "string" && CONVERSION_KEYS.has(key)) {
        return { path: [...path, key], message: `A field may not be named "${key}".` }
      }
      pending.push({ value: item, path: [...path, key] })
    }
  }
  return null
}

/**
 * A request body's schema that first refuses fields named `toString` or `valueOf`, wherever they
 * are, and bodies nested deeper than any form of ours. Medusa's message for a wrong value prints the value, and an object holding such a field
 * (`{"title": {"toString": 1}}`) cannot be printed: the refusal became a 500.
 */
export const requestBody = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((body, context) => {
    const problem = bodyProblem(body)
    if (problem) {
      context.addIssue({ code: "custom", ...problem })
      return z.NEVER
    }
    return body
  }, schema)
