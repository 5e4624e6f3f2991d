import type { SearchTypes } from "@medusajs/framework/types"
import SearchPostgresProvider from "@medusajs/medusa/search-postgres"
import { bumpCatalogueGeneration } from "../../utils/catalogue-generation"
import { normalizeSearchText } from "./utils/normalize-search-text"

type PostgresSearchOptions = { language?: string }

type PostgresSearchProvider = new (
  cradle: Record<string, unknown>,
  options?: PostgresSearchOptions
) => SearchTypes.ISearchProvider

/** Medusa's Postgres provider (tsvector + pg_trgm), as its package exports it. */
const [PostgresSearchService]: PostgresSearchProvider[] = SearchPostgresProvider.services

/**
 * The text search configuration the documents are read with: Postgres' `simple` parser and
 * dictionary (created by this provider's migration), so words are neither stemmed nor dropped
 * as stop words in any language. English stemming would break typing ("generatio" no longer a
 * prefix of the stem "generat") and English stop words would drop Turkish words ("iş" → "is",
 * "at", "on", "her").
 */
export const SEARCH_TEXT_CONFIG_LANGUAGE = "simple"

/**
 * Medusa's Postgres search provider, taught the marketplace's three languages.
 *
 * What Medusa's provider does as it is: keeps one table per index with a weighted tsvector,
 * a trigram index and the filterable fields as jsonb; ranks with `ts_rank_cd` by field
 * weight; matches the last word as a prefix (`match_strategy: "last"`); finds misspelled
 * words with `pg_trgm` (`word_similarity > 0.3`); filters, sorts and counts.
 *
 * What it cannot do, and this class adds:
 * - Fold letters. Postgres' `lower` and `unaccent` leave Arabic ي/ك beside Persian ی/ک,
 *   hamza forms and Persian/Arabic digits as they are, and a database's case rules are
 *   its locale's. Both the searchable text of every document and the query are written
 *   in one spelling by `normalizeSearchText`, in JavaScript, before Postgres sees them.
 * - Rank a typo below an exact word. With typo tolerance on, its rank is
 *   `GREATEST(ts_rank_cd, word_similarity)` over all fields at once, so a word in the
 *   description (similarity 1) ranks level with the same word in the title. Here the query
 *   first runs without typo tolerance (exact words and the prefix being typed, ranked by
 *   field weight); only when nothing matches does it run again with typos allowed.
 * - Tell the store's kept answers that the index changed: each write starts a new catalogue
 *   generation (utils/catalogue-generation), so a search is never answered from before it.
 */
export default class ProductSearchProviderService extends PostgresSearchService {
  static identifier = "imece-search"

  constructor(cradle: Record<string, unknown>, options: PostgresSearchOptions = {}) {
    super(cradle, { ...options, language: options.language ?? SEARCH_TEXT_CONFIG_LANGUAGE })
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments({
      ...input,
      documents: input.documents.map(
        (document) =>
          normalizeSearchableFields(document, input.definition.fields) as SearchTypes.SearchDocument
      ),
    })
    // Its write is committed: a search answered before it is not kept any longer.
    await bumpCatalogueGeneration()
    return task
  }

  async deleteDocuments(
    input: SearchTypes.SearchDeleteDocumentsInput
  ): Promise<SearchTypes.SearchTask> {
    const task = await super.deleteDocuments(input)
    await bumpCatalogueGeneration()
    return task
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const typed = input.q?.trim()
    if (!typed) {
      return await super.search({ ...input, q: undefined })
    }
    const q = normalizeSearchText(typed)
    if (!q) {
      // Only punctuation: nothing can match it, and it must not widen into "everything".
      return noMatches(input, typed)
    }
    const options = input.search_options ?? {}
    if (!options.typo_tolerance) {
      return await super.search({ ...input, q })
    }
    const exact = await super.search({
      ...input,
      q,
      search_options: { ...options, typo_tolerance: false },
    })
    const exactMatches = exact.metadata.count ?? exact.hits.length
    return exactMatches > 0 ? exact : await super.search({ ...input, q })
  }
}

function noMatches(
  input: SearchTypes.ProviderSearchQuery,
  query: string
): SearchTypes.SearchResult {
  return {
    hits: [],
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count: input.search_options?.count === "none" ? null : 0,
      query,
    },
  }
}

const isSearchable = (field: SearchTypes.SearchFieldDefinition) =>
  field.searchable === true || typeof field.searchable === "object"

/** The document with the text of its searchable fields, nested ones too, in search spelling. */
export function normalizeSearchableFields(
  document: Record<string, unknown>,
  fields: Record<string, SearchTypes.SearchFieldDefinition>
): Record<string, unknown> {
  const normalized = { ...document }
  for (const [name, field] of Object.entries(fields)) {
    const value = normalized[name]
    if (value === undefined || value === null) {
      continue
    }
    if (field.type === "object" && field.fields) {
      const nested = field.fields
      normalized[name] = Array.isArray(value)
        ? value.map((entry) => (isObject(entry) ? normalizeSearchableFields(entry, nested) : entry))
        : isObject(value)
          ? normalizeSearchableFields(value, nested)
          : value
      continue
    }
    if (isSearchable(field) && (field.type === "text" || field.type === "keyword")) {
      normalized[name] = Array.isArray(value)
        ? value.map((entry) => (typeof entry === "string" ? normalizeSearchText(entry) : entry))
        : typeof value === "string"
          ? normalizeSearchText(value)
          : value
    }
  }
  return normalized
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
