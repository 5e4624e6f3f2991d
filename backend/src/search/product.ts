import type { SearchTypes } from "@medusajs/framework/types"
import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  ProductStatus,
  search,
} from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_PROVIDER } from "../modules/product-search"
import { normalizeSearchText } from "../modules/product-search/utils/normalize-search-text"

/**
 * The currencies a product is priced in (her prices are `{ try, eur? }`), each indexed as the
 * cheapest variant's price in the currency's main unit, so the store can filter and sort by
 * price in the region's currency. A region in another currency gets no price filter.
 */
export const SEARCH_PRICE_CURRENCIES = ["try", "eur"] as const
export type SearchPriceCurrency = (typeof SEARCH_PRICE_CURRENCIES)[number]

const price = () => search.float().filterable().sortable()

/**
 * Weights become Postgres' rank buckets: 3 → A (the title), 2 → B (her name, the category),
 * 1.5 → C (materials), 1 → D (the description). Everything but the id is index-only: a hit is
 * hydrated through `query.graph`, never answered with the folded text kept here.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable(),
  /** The title in every language she wrote it in. */
  title: search.text().array().searchable({ weight: 3 }).retrievable(false),
  producer_name: search.text().searchable({ weight: 2 }).retrievable(false),
  category_names: search.text().array().searchable({ weight: 2 }).retrievable(false),
  materials: search.text().searchable({ weight: 1.5 }).retrievable(false),
  description: search.text().array().searchable({ weight: 1 }).retrievable(false),
  producer_id: search.keyword().filterable().retrievable(false),
  /** Her city in search spelling, so "Izmir" filters "İzmir". */
  city: search.keyword().filterable().retrievable(false),
  /** Its categories and their ancestors: a parent category lists its children's products. */
  category_ids: search.keyword().array().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
  created_at: search.date().sortable().retrievable(false),
  prices: search.object({ try: price(), eur: price() }).retrievable(false),
})

type Nullable<T> = T | null | undefined

/** A product as read for the index; loose, as `query.graph` answers without generated types. */
type ProductRow = {
  id: string
  title: string
  description?: Nullable<string>
  material?: Nullable<string>
  status: string
  created_at: string | Date
  producer?: Nullable<{ id: string; name: string; city?: Nullable<string>; status: string }>
  categories?: Nullable<
    Nullable<{
      id: string
      name: string
      mpath?: Nullable<string>
      is_active?: Nullable<boolean>
      is_internal?: Nullable<boolean>
    }>[]
  >
  sales_channels?: Nullable<Nullable<{ id: string }>[]>
  variants?: Nullable<
    Nullable<{
      prices?: Nullable<
        Nullable<{
          amount: number | string
          currency_code: string
          rules_count?: Nullable<number>
          price_list_id?: Nullable<string>
        }>[]
      >
    }>[]
  >
}

type TranslationRow = {
  reference_id: string
  translations?: Nullable<Record<string, Nullable<string>>>
}

const productFields = [
  "id",
  "title",
  "description",
  "material",
  "status",
  "created_at",
  "producer.id",
  "producer.name",
  "producer.city",
  "producer.status",
  "categories.id",
  "categories.name",
  "categories.mpath",
  "categories.is_active",
  "categories.is_internal",
  "sales_channels.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.price_list_id",
]

const present = <T>(items: Nullable<Nullable<T>[]>): T[] =>
  (items ?? []).flatMap((item) => (item === null || item === undefined ? [] : [item]))

const texts = (...values: Nullable<string>[]) => [
  ...new Set(values.flatMap((value) => (value?.trim() ? [value.trim()] : []))),
]

/** The words stored for each product and category in Medusa's translations, in one query. */
async function readTranslations(query: SearchTypes.SearchContainer["query"], ids: string[]) {
  const { data } = ids.length
    ? await query.graph({
        entity: "translation",
        fields: ["reference_id", "translations"],
        filters: { reference: ["product", "product_category"], reference_id: ids },
      })
    : { data: [] }
  const byReference = new Map<string, Record<string, Nullable<string>>[]>()
  for (const row of present(data as Nullable<TranslationRow>[])) {
    byReference.set(row.reference_id, [
      ...(byReference.get(row.reference_id) ?? []),
      row.translations ?? {},
    ])
  }
  return (id: string, key: string) =>
    (byReference.get(id) ?? []).map((translation) => translation[key])
}

/** The cheapest price of any variant per indexed currency, without price-list or rule prices. */
function cheapestPrices(product: ProductRow) {
  const prices: Partial<Record<SearchPriceCurrency, number>> = {}
  for (const variant of present(product.variants)) {
    for (const entry of present(variant.prices)) {
      const currency = SEARCH_PRICE_CURRENCIES.find((code) => code === entry.currency_code)
      if (!currency || entry.price_list_id || Number(entry.rules_count ?? 0) > 0) {
        continue
      }
      const amount = Number(entry.amount)
      prices[currency] = Math.min(prices[currency] ?? amount, amount)
    }
  }
  return prices
}

/**
 * A page of products as search documents. Only what a shopper may find becomes a document: a
 * product that is not published, or whose producer is not active, has none, so the helpers
 * delete it from the index.
 */
async function toProductDocuments(
  rows: ProductRow[],
  { container }: SearchTypes.SearchIngestionContext
) {
  const findable = rows.filter(
    (product) => product.status === ProductStatus.PUBLISHED && product.producer?.status === "active"
  )
  const categoriesOf = (product: ProductRow) =>
    present(product.categories).filter((category) => category.is_active && !category.is_internal)
  const translated = await readTranslations(container.query, [
    ...findable.map((product) => product.id),
    ...findable.flatMap((product) => categoriesOf(product).map((category) => category.id)),
  ])

  return findable.map((product) => {
    const categories = categoriesOf(product)
    return {
      id: product.id,
      title: texts(product.title, ...translated(product.id, "title")),
      description: texts(product.description, ...translated(product.id, "description")),
      materials: product.material ?? null,
      producer_name: product.producer?.name ?? null,
      producer_id: product.producer?.id ?? null,
      city: product.producer?.city ? normalizeSearchText(product.producer.city) : null,
      category_names: texts(
        ...categories.flatMap((category) => [category.name, ...translated(category.id, "name")])
      ),
      category_ids: [
        ...new Set(
          categories.flatMap(
            (category) => category.mpath?.split(".").filter(Boolean) ?? [category.id]
          )
        ),
      ],
      sales_channel_ids: present(product.sales_channels).map((channel) => channel.id),
      created_at: new Date(product.created_at).toISOString(),
      prices: cheapestPrices(product),
    }
  })
}

type EventData = { id?: string | string[] }
type Query = SearchTypes.SearchContainer["query"]

const idsOf = (event: { data?: unknown }) => {
  const id = (event.data as Nullable<EventData>)?.id
  return id === undefined ? [] : Array.isArray(id) ? id : [id]
}

/** The products an event about something else (a producer, a category, a variant…) touches. */
async function productIdsOf(query: Query, entity: string, ids: string[], field: string) {
  if (!ids.length) {
    return []
  }
  const { data } = await query.graph({
    entity,
    fields: [field],
    filters: { id: ids },
    withDeleted: true,
  })
  return [
    ...new Set(
      present(data as Nullable<Record<string, unknown>>[]).flatMap((row) => {
        if (field === "product_id") {
          return typeof row.product_id === "string" ? [row.product_id] : []
        }
        const products = row.products as Nullable<Nullable<{ id: string }>[]>
        return present(products).map((product) => product.id)
      })
    ),
  ]
}

/** The products a translation belongs to: its product's, or every product of its category. */
async function productIdsOfTranslations(query: Query, ids: string[]) {
  const { data } = await query.graph({
    entity: "translation",
    fields: ["reference", "reference_id"],
    filters: { id: ids },
    withDeleted: true,
  })
  const rows = present(data as Nullable<{ reference: string; reference_id: string }>[])
  const products = rows.filter((row) => row.reference === "product").map((row) => row.reference_id)
  const categories = rows
    .filter((row) => row.reference === "product_category")
    .map((row) => row.reference_id)
  return [
    ...products,
    ...(await productIdsOf(query, "product_category", categories, "products.id")),
  ]
}

/** The events that can change what a shopper finds, each mapped to the products it touches. */
const productEvents: Record<
  string,
  (event: { data?: unknown }, query: Query) => Promise<string[]>
> = {
  "product.created": async (event) => idsOf(event),
  "product.updated": async (event) => idsOf(event),
  "product.deleted": async (event) => idsOf(event),
  "producer.product_created": async (event) => idsOf(event),
  "producer.product_updated": async (event) => idsOf(event),
  "producer.product_reviewed": async (event) => idsOf(event),
  "product-variant.created": (event, query) =>
    productIdsOf(query, "product_variant", idsOf(event), "product_id"),
  "product-variant.updated": (event, query) =>
    productIdsOf(query, "product_variant", idsOf(event), "product_id"),
  "product-variant.deleted": (event, query) =>
    productIdsOf(query, "product_variant", idsOf(event), "product_id"),
  "product-category.updated": (event, query) =>
    productIdsOf(query, "product_category", idsOf(event), "products.id"),
  "producer.updated": (event, query) =>
    productIdsOf(query, "producer", idsOf(event), "products.id"),
  "producer.suspended": (event, query) =>
    productIdsOf(query, "producer", idsOf(event), "products.id"),
  "producer.reactivated": (event, query) =>
    productIdsOf(query, "producer", idsOf(event), "products.id"),
  "translation.created": (event, query) => productIdsOfTranslations(query, idsOf(event)),
  "translation.updated": (event, query) => productIdsOfTranslations(query, idsOf(event)),
  "translation.deleted": (event, query) => productIdsOfTranslations(query, idsOf(event)),
}

/**
 * Published products of active producers, found by title (in every language), description,
 * materials, producer name and category; filtered by producer, city, category, sales channel
 * and price. Seeded from `query.graph` when the index is created, kept current from the events
 * above by Medusa's Search Module.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  provider: PRODUCT_SEARCH_PROVIDER,
  fields: productSearchFields,
  events: Object.keys(productEvents),
  seed: graphSeed({ fields: productFields, transform: toProductDocuments, batch_size: 100 }),
  consume: graphConsume({
    fields: productFields,
    transform: toProductDocuments,
    resolve_ids: (event, { container }) =>
      productEvents[event.name]?.(event, container.query) ?? [],
    // Only a deleted product leaves by its own id; a deleted variant or translation updates it.
    is_delete: (event) => event.name === "product.deleted",
  }),
})
