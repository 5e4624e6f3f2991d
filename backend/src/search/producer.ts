import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_PROVIDER } from "../modules/product-search"

/**
 * Her shop name, craft and city, matched as the shopper types; only the id comes back. The
 * word being typed matches as a prefix, so "örgü" finds "örgüleri" and "گلیم" "گلیم‌بافی".
 */
export const producerSearchFields = search.define({
  id: search.keyword().filterable(),
  name: search.text().searchable({ weight: 3 }).retrievable(false),
  /** Her craft in every language she wrote it in. */
  craft: search.text().array().searchable({ weight: 2 }).retrievable(false),
  city: search.text().searchable({ weight: 1 }).retrievable(false),
})

type ProducerRow = {
  id: string
  name: string
  status: string
  craft?: Record<string, unknown> | null
  city?: string | null
}

const craftWords = (craft: ProducerRow["craft"]) =>
  Object.values(craft ?? {}).filter(
    (words): words is string => typeof words === "string" && words.trim() !== ""
  )

/** Active producers only: a pending or suspended shop has no document, so it leaves the index. */
const toProducerDocuments = (rows: ProducerRow[], _context: SearchTypes.SearchIngestionContext) =>
  rows
    .filter((producer) => producer.status === "active")
    .map(({ id, name, craft, city }) => ({
      id,
      name,
      craft: craftWords(craft),
      ...(city ? { city } : {}),
    }))

const producerFields = ["id", "name", "status", "craft", "city"]

/** Shops a shopper finds by name, craft or city beside the products of a search. */
export default defineSearchIndex({
  name: "producer",
  entity: "producer",
  provider: PRODUCT_SEARCH_PROVIDER,
  fields: producerSearchFields,
  events: ["producer.created", "producer.updated", "producer.suspended", "producer.reactivated"],
  seed: graphSeed({ fields: producerFields, transform: toProducerDocuments }),
  consume: graphConsume({ fields: producerFields, transform: toProducerDocuments }),
})
