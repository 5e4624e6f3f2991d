import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  updateProducerProfileStep,
  type ProducerProfileChanges,
} from "../steps/update-producer-profile"
import { validatePayoutAccountStep } from "../steps/validate-payout-account"

export const updateProducerProfileWorkflowId = "update-producer-profile"

/** She changes her shop's profile, privacy choices, policies, vacation or payout account. */
export const updateProducerProfileWorkflow = createWorkflow(
  updateProducerProfileWorkflowId,
  (input: { id: string; changes: ProducerProfileChanges }) => {
    validatePayoutAccountStep(input)
    const producer = updateProducerProfileStep(input)
    emitEventStep({ eventName: "producer.updated", data: { id: input.id } })
    return new WorkflowResponse(producer)
  }
)
