import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrdersStep,
  deleteReservationsByLineItemsStep,
  dismissRemoteLinkStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { validateOrderUnplacedStep } from "../steps/validate-order-unplaced"

/** A cart's completion lock lapses after two minutes; this workflow holds it for as long. */
const LOCK_TTL_SECONDS = 120

export const discardUnplacedOrderWorkflowId = "discard-unplaced-order"

/**
 * Undoes an order that a cart completion made before its process died, before her payment was
 * authorized: its reserved stock goes back on sale, it is canceled (staff still see it, as
 * canceled), and its cart and payment collection are let go of, so that her next click completes
 * the cart afresh instead of answering this unpaid order. Takes the cart's completion lock
 * without waiting, and checks again under it that no payment was authorized.
 */
export const discardUnplacedOrderWorkflow = createWorkflow(
  discardUnplacedOrderWorkflowId,
  (input: { order_id: string; cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: 0, ttl: LOCK_TTL_SECONDS })
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "status",
        "items.id",
        "payment_collections.id",
        "payment_collections.payments.id",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const unplaced = validateOrderUnplacedStep(
      transform({ orders }, ({ orders: [order] }) => ({ order }))
    )
    deleteReservationsByLineItemsStep(
      transform({ unplaced }, ({ unplaced }) => unplaced.line_item_ids)
    )
    dismissRemoteLinkStep(
      transform({ input, unplaced }, ({ input, unplaced }) => [
        {
          [Modules.ORDER]: { order_id: input.order_id },
          [Modules.CART]: { cart_id: input.cart_id },
        },
        ...unplaced.payment_collection_ids.map((payment_collection_id) => ({
          [Modules.ORDER]: { order_id: input.order_id },
          [Modules.PAYMENT]: { payment_collection_id },
        })),
      ])
    )
    cancelOrdersStep({ orderIds: [input.order_id] })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(input.order_id)
  }
)
