import { MedusaError, OrderStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { livePayments, type Payments } from "../cart-checkout"

export const validateOrderUnplacedStepId = "validate-order-unplaced"

type OrderToDiscard = {
  id: string
  status: string
  items?: ({ id: string } | null)[] | null
  payment_collections?: ({ id: string; payments?: Payments } | null)[] | null
}

/**
 * Read again under the cart's lock: the order is not canceled and holds no payment, so no
 * shopper paid for it. Answers its line items (to free their stock) and its payment collections
 * (to hand back to the cart).
 */
export const validateOrderUnplacedStep = createStep(
  validateOrderUnplacedStepId,
  async ({ order }: { order: OrderToDiscard }) => {
    if (order.status === OrderStatus.CANCELED) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} is canceled already.`)
    }
    const collections = (order.payment_collections ?? []).flatMap((c) => (c ? [c] : []))
    if (collections.some((collection) => livePayments(collection.payments).length)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order.id} holds an authorized payment; it was placed.`
      )
    }
    return new StepResponse({
      line_item_ids: (order.items ?? []).flatMap((item) => (item ? [item.id] : [])),
      payment_collection_ids: collections.map((collection) => collection.id),
    })
  }
)
