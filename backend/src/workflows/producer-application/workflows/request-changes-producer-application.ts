import { createTransitionWorkflow } from "./create-transition-workflow"

export const requestChangesProducerApplicationWorkflowId = "request-changes-producer-application"

export const requestChangesProducerApplicationWorkflow = createTransitionWorkflow(
  requestChangesProducerApplicationWorkflowId,
  "request_changes",
  "producer_application.changes_requested"
)
