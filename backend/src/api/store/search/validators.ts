import { z } from "@medusajs/framework/zod"
import { readableText } from "../../utils/validators"

export const STORE_SEARCH_SORTS = ["relevance", "newest", "price_asc", "price_desc"] as const

const id = readableText().trim().min(1).max(100)
/** In the region currency's main unit, as Medusa keeps prices: 450 is 450 TRY. */
const amount = z.coerce.number().finite().nonnegative()

/**
 * `GET /store/search`: what she typed (empty when filters alone are used), the filters and the
 * order, one page at a time. `?locale=` is read by Medusa before this and is not a field here.
 */
export const StoreSearchParams = z
  .object({
    q: readableText().trim().max(100).default(""),
    category_id: id.optional(),
    producer_id: id.optional(),
    city: readableText().trim().min(1).max(100).optional(),
    region_id: id.optional(),
    price_min: amount.optional(),
    price_max: amount.optional(),
    sort: z.enum(STORE_SEARCH_SORTS).default("relevance"),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
  .refine(
    ({ price_min, price_max }) =>
      price_min === undefined || price_max === undefined || price_min <= price_max,
    { message: "price_min cannot be above price_max.", path: ["price_min"] }
  )

export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>
