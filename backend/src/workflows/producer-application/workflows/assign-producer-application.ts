import { createTransitionWorkflow } from "./create-transition-workflow"

export const assignProducerApplicationWorkflowId = "assign-producer-application"

export const assignProducerApplicationWorkflow = createTransitionWorkflow(
  assignProducerApplicationWorkflowId,
  "assign",
  "producer_application.assigned"
)
