import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setProducerStatusStep } from "../steps/set-producer-status"

export const suspendProducerWorkflowId = "suspend-producer"

/** Closes her shop: her products leave the store until she is reactivated. */
export const suspendProducerWorkflow = createWorkflow(
  suspendProducerWorkflowId,
  (input: { id: string }) => {
    const producer = setProducerStatusStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        from: "active" as const,
        to: "suspended" as const,
      }))
    )
    emitEventStep({ eventName: "producer.suspended", data: { id: input.id } })
    return new WorkflowResponse(producer)
  }
)
