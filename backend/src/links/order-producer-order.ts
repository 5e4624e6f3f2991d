import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ProducerOrderModule from "../modules/producer-order"

/** A shopper's order has one part per producer; the shopper follows each part's status. */
export default defineLink(OrderModule.linkable.order, {
  linkable: ProducerOrderModule.linkable.producerOrder,
  isList: true,
})
