import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ProducerOrder, ProducerOrderResponse } from "@imece/types"
import {
  moveProducerOrderWorkflow,
  type MoveProducerOrderWorkflowInput,
} from "../../../workflows/producer-order/workflows/move-producer-order"

export const producerOrderFields = [
  "id",
  "order_id",
  "display_id",
  "status",
  "currency_code",
  "subtotal",
  "commission_bps",
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

/**
 * What she earns per line at the commission in force when the order was placed: the line's
 * total less the cooperative's share, in cents rounded to the nearest (main units, as Medusa).
 */
export function withEarnings<T extends { commission_bps: number; items: { total: number }[] }>(
  part: T
) {
  const items = part.items.map((item) => {
    const commission = Math.round(Number(item.total) * part.commission_bps) / 10_000
    return { ...item, commission, earning: Number(item.total) - commission }
  })
  return {
    ...part,
    items,
    earnings: items.reduce((sum, item) => sum + item.earning, 0),
  }
}

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
  return withEarnings({
    ...(own as unknown as ProducerOrder),
    shipping_address: order?.shipping_address ?? null,
  })
}

/** Moves one of her parts a step on (after making sure it is hers) and answers it as it is now. */
export async function moveOwnOrder(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ProducerOrderResponse>,
  move: Pick<MoveProducerOrderWorkflowInput, "action" | "carrier" | "tracking_number">
) {
  const producerId = req.auth_context.actor_id
  await retrieveOwnOrder(req.scope, producerId, req.params.id)
  await moveProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, ...move, now: new Date() },
  })
  res.json({ order: await retrieveOwnOrder(req.scope, producerId, req.params.id) })
}
