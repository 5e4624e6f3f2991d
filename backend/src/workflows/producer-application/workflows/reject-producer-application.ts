import { createTransitionWorkflow } from "./create-transition-workflow"

export const rejectProducerApplicationWorkflowId = "reject-producer-application"

export const rejectProducerApplicationWorkflow = createTransitionWorkflow(
  rejectProducerApplicationWorkflowId,
  "reject",
  "producer_application.rejected"
)
