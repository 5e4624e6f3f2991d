import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"

export const announcePlacedOrderWorkflowId = "announce-placed-order"

/**
 * Sends `order.placed` again for an order whose announcement was lost (its completion died before
 * releasing its events, or a subscriber gave up). Its subscribers are idempotent: the split makes
 * each producer's part once, and each mail has an idempotency key.
 */
export const announcePlacedOrderWorkflow = createWorkflow(
  announcePlacedOrderWorkflowId,
  (input: { order_id: string }) => {
    emitEventStep({
      eventName: OrderWorkflowEvents.PLACED,
      data: transform({ input }, ({ input }) => ({ id: input.order_id })),
    })
    return new WorkflowResponse(input.order_id)
  }
)
