import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A handle her shop had before (she has since hidden her surname): links to it, shared and
 * printed, still lead to her shop, and no other shop may take it.
 */
export const ProducerPreviousHandle = model.define("producer_previous_handle", {
  id: model.id({ prefix: "prdph" }).primaryKey(),
  handle: model.text().unique(),
  producer: model.belongsTo(() => Producer, { mappedBy: "previous_handles" }),
})
