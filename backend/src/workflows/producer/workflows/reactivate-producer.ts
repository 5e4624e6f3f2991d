import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setProducerStatusStep } from "../steps/set-producer-status"

export const reactivateProducerWorkflowId = "reactivate-producer"

/** Opens a suspended shop again; her products return to the store. */
export const reactivateProducerWorkflow = createWorkflow(
  reactivateProducerWorkflowId,
  (input: { id: string }) => {
    const producer = setProducerStatusStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        from: "suspended" as const,
        to: "active" as const,
      }))
    )
    emitEventStep({ eventName: "producer.reactivated", data: { id: input.id } })
    return new WorkflowResponse(producer)
  }
)
