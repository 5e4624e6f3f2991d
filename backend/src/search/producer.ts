import type { SearchTypes } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_PROVIDER } from "../modules/product-search"

/** Her shop name, matched as the shopper types; only the id comes back. */
export const producerSearchFields = search.define({
  id: search.keyword().filterable(),
  name: search.text().searchable({ weight: 3 }).retrievable(false),
})

type ProducerRow = { id: string; name: string; status: string }

/** Active producers only: a pending or suspended shop has no document, so it leaves the index. */
const toProducerDocuments = (rows: ProducerRow[], _context: SearchTypes.SearchIngestionContext) =>
  rows.filter((producer) => producer.status === "active").map(({ id, name }) => ({ id, name }))

const producerFields = ["id", "name", "status"]

/** Shops a shopper finds by name beside the products of a search. */
export default defineSearchIndex({
  name: "producer",
  entity: "producer",
  provider: PRODUCT_SEARCH_PROVIDER,
  fields: producerSearchFields,
  events: ["producer.created", "producer.updated", "producer.suspended", "producer.reactivated"],
  seed: graphSeed({ fields: producerFields, transform: toProducerDocuments }),
  consume: graphConsume({ fields: producerFields, transform: toProducerDocuments }),
})
