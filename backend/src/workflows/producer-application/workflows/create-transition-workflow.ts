import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ApplicationAction } from "../../../modules/producer-application/status-machine"
import {
  transitionApplicationStep,
  type TransitionApplicationInput,
} from "../steps/transition-application"

/**
 * The workflow of one transition that only moves the application (assign, request changes,
 * resubmit, reject): the move with its history, then an event for notifications.
 */
export function createTransitionWorkflow(id: string, action: ApplicationAction, eventName: string) {
  return createWorkflow(id, (input: Omit<TransitionApplicationInput, "action">) => {
    const application = transitionApplicationStep(
      transform({ input }, ({ input }) => ({ ...input, action }))
    )
    emitEventStep({
      eventName,
      data: transform({ application }, ({ application }) => ({ id: application.id })),
    })
    return new WorkflowResponse(application)
  })
}
