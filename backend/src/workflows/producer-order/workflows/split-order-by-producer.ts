import { MathBN, Modules } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { ProducerOrderItem } from "@imece/types"
import {
  commissionRateInForce,
  type CommissionRuleInput,
} from "../../../modules/commission/rate-in-force"
import { PRODUCER_ORDER_MODULE } from "../../../modules/producer-order"
import { listCommissionRulesStep } from "../../commission/steps/list-commission-rules"
import { retrieveCooperativeSettingsStep } from "../../cooperative/steps/retrieve-cooperative-settings"
import { createProducerOrdersStep, type ProducerOrderDraft } from "../steps/create-producer-orders"

/**
 * An order line as selected below. Loose on purpose: it accepts both the untyped result and the
 * types `medusa build` generates (which know nothing of `detail`, and allow nulls everywhere).
 */
type OrderItem = {
  id: string
  variant_id?: string | null
  product_id?: string | null
  title: string
  variant_title?: string | null
  thumbnail?: string | null
  quantity: BigNumberInput
  unit_price: BigNumberInput
  subtotal?: BigNumberInput | null
  /** The quantity ordered, as the order module keeps it per order version. */
  detail?: { quantity: BigNumberInput } | null
}

/** Order amounts come back as Medusa's big numbers; her part keeps plain numbers. */
const toNumber = (value: BigNumberInput) => MathBN.convert(value).toNumber()

type PlacedOrder = {
  id: string
  display_id?: number | string | null
  currency_code: string
  /** When it was placed: the commission rules started by then apply. */
  created_at: Date | string
  items?: (OrderItem | null)[] | null
}

/** A product as selected below: its maker and the categories it is filed under. */
type SelectedProduct = {
  id: string
  producer?: { id: string } | null
  categories?: ({ id: string } | null)[] | null
}

/** What the split needs of a product sold: who made it and what kind of craft it is. */
export type SoldProduct = { producer_id: string; category_ids: string[] }

/** The products of the order that have a maker; the others stay with the cooperative. */
export function soldProducts(products: SelectedProduct[]): Map<string, SoldProduct> {
  return new Map(
    products.flatMap((product) =>
      product.producer
        ? [
            [
              product.id,
              {
                producer_id: product.producer.id,
                category_ids: (product.categories ?? []).flatMap((category) =>
                  category ? [category.id] : []
                ),
              },
            ] as [string, SoldProduct],
          ]
        : []
    )
  )
}

/** The commission rules that could apply, and the settings' rate for when none does. */
export type CommissionTerms = { rules: CommissionRuleInput[]; fallback_bps: number }

/**
 * Her items grouped by maker; items of products without a producer stay with the cooperative.
 * Each line keeps the commission rate in force for its product and maker when the order was
 * placed; the part keeps the cooperative-level rate (its default rule, without overrides).
 */
export function draftProducerOrders(
  order: PlacedOrder,
  products: Map<string, SoldProduct>,
  commission: CommissionTerms
): ProducerOrderDraft[] {
  const byProducer = new Map<string, ProducerOrderItem[]>()
  for (const item of order.items ?? []) {
    const product = item?.product_id ? products.get(item.product_id) : undefined
    if (!item || !product) {
      continue
    }
    const producerId = product.producer_id
    const unitPrice = toNumber(item.unit_price)
    const quantity = toNumber(item.detail?.quantity ?? item.quantity)
    byProducer.set(producerId, [
      ...(byProducer.get(producerId) ?? []),
      {
        line_item_id: item.id,
        variant_id: item.variant_id ?? null,
        product_id: item.product_id ?? null,
        title: item.title,
        variant_title: item.variant_title ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity,
        unit_price: unitPrice,
        total: item.subtotal != null ? toNumber(item.subtotal) : unitPrice * quantity,
        commission_bps: commissionRateInForce(
          commission.rules,
          product,
          order.created_at,
          commission.fallback_bps
        ),
      },
    ])
  }
  const cooperativeBps = commissionRateInForce(
    commission.rules,
    {},
    order.created_at,
    commission.fallback_bps
  )
  return [...byProducer].map(([producer_id, items]) => ({
    order_id: order.id,
    producer_id,
    display_id: Number(order.display_id),
    currency_code: order.currency_code,
    items,
    subtotal: items.reduce((sum, item) => sum + item.total, 0),
    commission_bps: cooperativeBps,
  }))
}

export const splitOrderByProducerWorkflowId = "split-order-by-producer"

/**
 * When an order is placed each producer gets her part: only her items, her totals. Safe to run
 * twice for the same order.
 */
export const splitOrderByProducerWorkflow = createWorkflow(
  splitOrderByProducerWorkflowId,
  (input: { order_id: string }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "currency_code",
        "created_at",
        "items.id",
        "items.variant_id",
        "items.product_id",
        "items.title",
        "items.variant_title",
        "items.thumbnail",
        "items.quantity",
        "items.unit_price",
        "items.subtotal",
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "placed-order" })
    const productIds = transform({ orders }, ({ orders: [order] }) => [
      ...new Set(
        (order.items ?? []).flatMap((item: OrderItem | null) =>
          item?.product_id ? [item.product_id] : []
        )
      ),
    ])
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "producer.id", "categories.id"],
      filters: { id: productIds },
    }).config({ name: "products-makers" })

    // The rate in force for each line when the order is placed stays with it; a rule added
    // later never rewrites it.
    const rules = listCommissionRulesStep(
      transform({ orders, products }, ({ orders: [order], products }) => {
        const sold = [...soldProducts(products as SelectedProduct[]).values()]
        return {
          at: order.created_at,
          producer_ids: [...new Set(sold.map((product) => product.producer_id))],
          category_ids: [...new Set(sold.flatMap((product) => product.category_ids))],
        }
      })
    )
    const settings = retrieveCooperativeSettingsStep()
    const drafts = transform(
      { orders, products, rules, settings },
      ({ orders: [order], products, rules, settings }) =>
        draftProducerOrders(order, soldProducts(products as SelectedProduct[]), {
          rules,
          fallback_bps: settings.commission_bps,
        })
    )
    const parts = createProducerOrdersStep(drafts)
    createRemoteLinkStep(
      transform({ parts }, ({ parts }) =>
        parts.map((part) => ({
          [Modules.ORDER]: { order_id: part.order_id },
          [PRODUCER_ORDER_MODULE]: { producer_order_id: part.id },
        }))
      )
    )
    emitEventStep({
      eventName: "producer_order.created",
      data: transform({ parts }, ({ parts }) => parts.map((part) => ({ id: part.id }))),
    })
    return new WorkflowResponse(parts)
  }
)
