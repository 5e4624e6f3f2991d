import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import type {
  ProducerOrder,
  ProducerOrderResponse,
  ProducerOrderShipping,
  ProducerOrderStatus,
} from "@imece/types"
import type { BigNumberInput } from "@medusajs/framework/types"
import { PRODUCER_ORDER_STATUSES } from "../../../modules/producer-order/models/producer-order"
import {
  moveProducerOrderWorkflow,
  type MoveProducerOrderWorkflowInput,
} from "../../../workflows/producer-order/workflows/move-producer-order"

export const producerOrderFields = [
  "id",
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
  "items.commission_bps",
]

type SelectedItem = {
  line_item_id: string
  variant_id?: string | null
  product_id?: string | null
  title: string
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: BigNumberInput
  total: BigNumberInput
  /** Always there since rates are kept per line; lines from before were given their part's. */
  commission_bps?: number | null
}

type SelectedAddress = { [Field in keyof ProducerOrderShipping]?: string | null }

/**
 * A part as selected above. Loose on purpose: it accepts both the untyped result and the types
 * `medusa build` generates (nulls everywhere, the status as a plain string, no `order` link).
 */
type SelectedPart = {
  id: string
  display_id: number
  status: string
  currency_code: string
  subtotal: BigNumberInput
  commission_bps: number
  carrier?: string | null
  tracking_number?: string | null
  shipped_at?: Date | string | null
  delivered_at?: Date | string | null
  created_at: Date | string
  items?: (SelectedItem | null)[] | null
  order?: { shipping_address?: SelectedAddress | null } | null
}

const toNumber = (value: BigNumberInput) => MathBN.convert(value).toNumber()
const toIso = (date: Date | string) => new Date(date).toISOString()
const isStatus = (status: string): status is ProducerOrderStatus =>
  (PRODUCER_ORDER_STATUSES as readonly string[]).includes(status)

/**
 * Her part as she reads it, with what she earns per line at the line's own commission rate, the
 * one in force for that product and her when the order was placed: the line's total less the
 * cooperative's share (main units, as Medusa).
 */
export function toProducerOrder(part: SelectedPart): ProducerOrder {
  const items = (part.items ?? []).flatMap((item) => {
    if (!item) {
      return []
    }
    const total = toNumber(item.total)
    const commissionBps = item.commission_bps ?? part.commission_bps
    const commission = Math.round(total * commissionBps) / 10_000
    return [
      {
        line_item_id: item.line_item_id,
        variant_id: item.variant_id ?? null,
        product_id: item.product_id ?? null,
        title: item.title,
        variant_title: item.variant_title ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: item.quantity,
        unit_price: toNumber(item.unit_price),
        total,
        commission_bps: commissionBps,
        commission,
        earning: total - commission,
      },
    ]
  })
  const address = part.order?.shipping_address
  return {
    id: part.id,
    display_id: part.display_id,
    status: isStatus(part.status) ? part.status : "new",
    currency_code: part.currency_code,
    items,
    subtotal: toNumber(part.subtotal),
    commission_bps: part.commission_bps,
    earnings: items.reduce((sum, item) => sum + item.earning, 0),
    carrier: part.carrier ?? null,
    tracking_number: part.tracking_number ?? null,
    shipped_at: part.shipped_at ? toIso(part.shipped_at) : null,
    delivered_at: part.delivered_at ? toIso(part.delivered_at) : null,
    created_at: toIso(part.created_at),
    ...(part.order !== undefined
      ? {
          shipping_address: address
            ? {
                first_name: address.first_name ?? null,
                last_name: address.last_name ?? null,
                address_1: address.address_1 ?? null,
                address_2: address.address_2 ?? null,
                city: address.city ?? null,
                province: address.province ?? null,
                postal_code: address.postal_code ?? null,
                country_code: address.country_code ?? null,
                phone: address.phone ?? null,
              }
            : null,
        }
      : {}),
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

/** Anyone else's part answers 404, as if it did not exist. */
const noSuchOrder = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `You have no order with the id ${id}.`)

/** Before a step: only whether the part is hers, without reading the order's address. */
async function assertOwnOrder(scope: MedusaContainer, producerId: string, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [part],
  } = await query.graph({
    entity: "producer_order",
    fields: ["id"],
    filters: { id, producer_id: producerId },
  })
  if (!part) {
    throw noSuchOrder(id)
  }
}

/** One part of an order that is hers, with what she needs to prepare and ship it. */
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
    throw noSuchOrder(id)
  }
  return toProducerOrder(part)
}

/** Moves one of her parts a step on (after making sure it is hers) and answers it as it is now. */
export async function moveOwnOrder(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ProducerOrderResponse>,
  move: Pick<MoveProducerOrderWorkflowInput, "action" | "carrier" | "tracking_number">
) {
  const producerId = req.auth_context.actor_id
  await assertOwnOrder(req.scope, producerId, req.params.id)
  await moveProducerOrderWorkflow(req.scope).run({
    input: { id: req.params.id, ...move, now: new Date() },
  })
  res.json({ order: await retrieveOwnOrder(req.scope, producerId, req.params.id) })
}
