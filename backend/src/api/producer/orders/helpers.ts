import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProducerOrder } from "@imece/types"

export const producerOrderFields = [
  "id",
  "order_id",
  "display_id",
  "status",
  "currency_code",
  "subtotal",
  "carrier",
  "tracking_number",
  "shipped_at",
  "delivered_at",
  "created_at",
  "items.line_item_id",
  "items.variant_id",
  "items.product_id",
  "items.title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
]

/** Where to send her part and how to reach the shopper; nothing else of the shopper's order. */
const shippingFields = [
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
].map((field) => `order.shipping_address.${field}`)

/** One part of an order that is hers; anyone else's answers 404 as if it did not exist. */
export async function retrieveOwnOrder(
  scope: MedusaContainer,
  producerId: string,
  id: string
): Promise<ProducerOrder> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [part],
  } = await query.graph({
    entity: "producer_order",
    fields: [...producerOrderFields, ...shippingFields],
    filters: { id, producer_id: producerId },
  })
  if (!part) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no order with the id ${id}.`)
  }
  const { order, ...own } = part as typeof part & {
    order?: { shipping_address?: ProducerOrder["shipping_address"] } | null
  }
  return { ...(own as unknown as ProducerOrder), shipping_address: order?.shipping_address ?? null }
}
