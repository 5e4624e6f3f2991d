import type { MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { normalizeSearchText } from "../../../modules/product-search/utils/normalize-search-text"
import { SEARCH_PRICE_CURRENCIES, type SearchPriceCurrency } from "../../../search/product"
import type { StoreSearchParamsType } from "./validators"

/** A product as `GET /store/products` answers it with the storefront's fields. */
type StoreSearchProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants?: { id: string; calculated_price?: Record<string, unknown> | null }[]
  producer?: StoreSearchProducer | null
}

type StoreSearchProducer = {
  id: string
  handle: string
  name: string
  city: string | null
  avatar_url: string | null
}

/** A maker found by her name, craft or city: her craft says why she was found. */
type StoreFoundProducer = StoreSearchProducer & { craft: Record<string, string> | null }

type StoreSearchResponse = {
  products: StoreSearchProduct[]
  producers: StoreFoundProducer[]
  count: number
  offset: number
  limit: number
}

/** What a shopper may see of a producer, here and beside each product (`*producer`). */
const PRODUCER_FIELDS = ["id", "handle", "name", "city", "avatar_url"]
const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  ...PRODUCER_FIELDS.map((field) => `producer.${field}`),
]
/** `*variants.calculated_price`, asked only when a region gives the prices a currency. */
const PRICE_FIELDS = ["variants.id", "variants.calculated_price.*"]

/** Makers found beside the products, with the craft she may have been found by. */
const FOUND_PRODUCER_FIELDS = [...PRODUCER_FIELDS, "craft"]

const PRODUCERS_SHOWN = 5

/** As she types: every word but the last must be whole, the last may be a prefix; typos allowed. */
const TYPING: SearchTypes.SearchOptions = { match_strategy: "last", typo_tolerance: true }

const isPriceCurrency = (code: string): code is SearchPriceCurrency =>
  SEARCH_PRICE_CURRENCIES.some((currency) => currency === code)

const hasProduct = (row: unknown): row is StoreSearchProduct =>
  typeof row === "object" &&
  row !== null &&
  typeof (row as { handle?: unknown }).handle === "string"

const hasProducer = (row: unknown): row is StoreFoundProducer =>
  typeof row === "object" && row !== null && typeof (row as { name?: unknown }).name === "string"

async function retrieveRegion(req: MedusaRequest, regionId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  })
  const [region] = data as ({ id: string; currency_code: string } | undefined)[]
  if (!region) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no region ${regionId}.`)
  }
  return region
}

/**
 * The currency prices are filtered and sorted in: the region's. Refused, with what to do, when
 * a price filter or sort comes without a region or in a currency search does not keep.
 */
function priceCurrencyFor(
  params: StoreSearchParamsType,
  region: { currency_code: string } | undefined
): SearchPriceCurrency | undefined {
  const byPrice =
    params.price_min !== undefined ||
    params.price_max !== undefined ||
    params.sort === "price_asc" ||
    params.sort === "price_desc"
  if (!byPrice) {
    return undefined
  }
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Give a region_id to filter or sort by price: prices are in the region's currency."
    )
  }
  const code = region.currency_code.toLowerCase()
  if (!isPriceCurrency(code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Prices in ${code.toUpperCase()} cannot be filtered or sorted; search keeps prices in ${SEARCH_PRICE_CURRENCIES.join(", ").toUpperCase()}.`
    )
  }
  return code
}

function productFilters(
  params: StoreSearchParamsType,
  salesChannelIds: string[],
  currency: SearchPriceCurrency | undefined
): SearchTypes.SearchFilters {
  const price = {
    ...(params.price_min !== undefined ? { $gte: params.price_min } : {}),
    ...(params.price_max !== undefined ? { $lte: params.price_max } : {}),
  }
  return {
    ...(params.q ? { q: params.q } : {}),
    // Only what is sold through the storefront's sales channel (its publishable key).
    ...(salesChannelIds.length ? { sales_channel_ids: { $overlaps: salesChannelIds } } : {}),
    ...(params.category_id ? { category_ids: params.category_id } : {}),
    ...(params.producer_id ? { producer_id: params.producer_id } : {}),
    ...(params.city ? { city: normalizeSearchText(params.city) } : {}),
    ...(currency && Object.keys(price).length ? { [`prices.${currency}`]: price } : {}),
  }
}

function productOrder(
  params: StoreSearchParamsType,
  currency: SearchPriceCurrency | undefined
): Record<string, SearchTypes.SearchOrderBy> {
  const newest = { created_at: "DESC" } as const
  if (currency && params.sort === "price_asc") {
    return { [`prices.${currency}`]: "ASC", ...newest }
  }
  if (currency && params.sort === "price_desc") {
    return { [`prices.${currency}`]: "DESC", ...newest }
  }
  // Without words there is nothing to rank by: the newest first.
  return params.sort === "relevance" && params.q ? { _score: "DESC", ...newest } : newest
}

/**
 * Search as she types: published products of active producers by title (in any language she
 * wrote it), description, materials, producer name and category, with filters and an order,
 * and up to five shops whose name, craft or city matches. Words meet whatever their spelling (Turkish İ/ı,
 * Arabic and Persian letters and digits, accents), and a small typo still finds the product.
 */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreSearchParamsType>,
  res: MedusaResponse<StoreSearchResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const params = req.validatedQuery
  const region = params.region_id ? await retrieveRegion(req, params.region_id) : undefined
  const currency = priceCurrencyFor(params, region)
  const salesChannelIds = req.publishable_key_context.sales_channel_ids

  const [found, shops] = await Promise.all([
    query.search(
      {
        entity: "product",
        fields: region ? [...PRODUCT_FIELDS, ...PRICE_FIELDS] : PRODUCT_FIELDS,
        filters: productFilters(params, salesChannelIds, currency),
        pagination: {
          skip: params.offset,
          take: params.limit,
          order: productOrder(params, currency),
        },
        search_options: TYPING,
        context: region
          ? {
              variants: {
                calculated_price: QueryContext({
                  region_id: region.id,
                  currency_code: region.currency_code,
                }),
              },
            }
          : undefined,
      },
      { locale: req.locale }
    ),
    params.q
      ? query.search({
          entity: "producer",
          fields: FOUND_PRODUCER_FIELDS,
          filters: { q: params.q },
          pagination: { take: PRODUCERS_SHOWN },
          search_options: TYPING,
        })
      : undefined,
  ])

  const rows: unknown[] = found.data
  const producers: unknown[] = shops?.data ?? []
  res.json({
    // A hit whose product has just been deleted cannot be read back; it is left out.
    products: rows.filter(hasProduct),
    producers: producers.filter(hasProducer),
    count: found.search_result.metadata.count ?? rows.length,
    offset: params.offset,
    limit: params.limit,
  })
}
