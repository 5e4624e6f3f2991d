import { createTransitionWorkflow } from "./create-transition-workflow"

export const resubmitProducerApplicationWorkflowId = "resubmit-producer-application"

export const resubmitProducerApplicationWorkflow = createTransitionWorkflow(
  resubmitProducerApplicationWorkflowId,
  "resubmit",
  "producer_application.resubmitted"
)
