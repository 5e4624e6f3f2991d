import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { moveProducerOrderStep } from "../steps/move-producer-order"
import { validateProducerOrderStatusStep } from "../steps/validate-producer-order-status"
import type { ProducerOrderAction } from "../status-machine"

export interface MoveProducerOrderWorkflowInput {
  id: string
  action: ProducerOrderAction
  carrier?: string
  tracking_number?: string
  now: Date
}

type Part = {
  id: string
  order_id: string
  display_id: number
  status: string
  fulfillment_id: string | null
  items: { line_item_id: string; quantity: number }[]
}

export const moveProducerOrderWorkflowId = "move-producer-order"

/**
 * She prepares, ships and delivers her part. Shipping creates Medusa's fulfillment of her items
 * with the carrier's tracking number; delivery marks that fulfillment delivered. A failure in
 * any part undoes the others.
 */
export const moveProducerOrderWorkflow = createWorkflow(
  moveProducerOrderWorkflowId,
  (input: MoveProducerOrderWorkflowInput) => {
    const { data: parts } = useQueryGraphStep({
      entity: "producer_order",
      fields: [
        "id",
        "order_id",
        "display_id",
        "status",
        "fulfillment_id",
        "items.line_item_id",
        "items.quantity",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const part = transform({ parts }, ({ parts: [part] }) => part as Part)
    validateProducerOrderStatusStep(
      transform({ part, input }, ({ part, input }) => ({
        status: part.status,
        display_id: part.display_id,
        action: input.action,
      }))
    )

    const fulfillment = when(
      "ship-her-items",
      { input },
      ({ input }) => input.action === "ship"
    ).then(() => {
      const created = createOrderFulfillmentWorkflow.runAsStep({
        input: transform({ part }, ({ part }) => ({
          order_id: part.order_id,
          items: part.items.map((item) => ({ id: item.line_item_id, quantity: item.quantity })),
        })),
      })
      createOrderShipmentWorkflow.runAsStep({
        input: transform({ part, created, input }, ({ part, created, input }) => ({
          order_id: part.order_id,
          fulfillment_id: created.id,
          items: part.items.map((item) => ({ id: item.line_item_id, quantity: item.quantity })),
          labels: [
            { tracking_number: input.tracking_number ?? "", tracking_url: "", label_url: "" },
          ],
        })),
      })
      return created
    })

    when(
      { input, part },
      ({ input, part }) => input.action === "deliver" && !!part.fulfillment_id
    ).then(() => {
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
        input: transform({ part }, ({ part }) => ({
          orderId: part.order_id,
          fulfillmentId: part.fulfillment_id as string,
        })),
      })
    })

    const moved = moveProducerOrderStep(
      transform({ input, fulfillment }, ({ input, fulfillment }) => ({
        ...input,
        fulfillment_id: fulfillment?.id ?? null,
      }))
    )
    emitEventStep({
      eventName: "producer_order.updated",
      data: transform({ input }, ({ input }) => ({ id: input.id, action: input.action })),
    })
    return new WorkflowResponse(moved)
  }
)
