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

/** Plain text only: markup in a story or a name would end up in staff's screens and e-mails. */
export const plainText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !/<\s*\/?\s*[a-z!]/i.test(text), {
      message: "Write plain text: HTML tags such as <script> are not accepted.",
    })
