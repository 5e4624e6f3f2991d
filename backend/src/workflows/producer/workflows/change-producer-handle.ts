import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { changeProducerHandleStep } from "../steps/change-producer-handle"

export const changeProducerHandleWorkflowId = "change-producer-handle"

/** Her shop moves to another handle; the old one keeps leading to it. */
export const changeProducerHandleWorkflow = createWorkflow(
  changeProducerHandleWorkflowId,
  (input: { id: string; handle: string }) => {
    const handle = changeProducerHandleStep(input)
    emitEventStep({ eventName: "producer.updated", data: { id: input.id } })
    return new WorkflowResponse(handle)
  }
)
