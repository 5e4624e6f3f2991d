import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { PRODUCER_APPLICATION_MODULE } from "../../../modules/producer-application"
import { createProducersStep } from "../../producer/steps/create-producers"
import { generateProducerHandleStep } from "../steps/generate-producer-handle"
import {
  transitionApplicationStep,
  type TransitionApplicationInput,
} from "../steps/transition-application"

export const approveProducerApplicationWorkflowId = "approve-producer-application"

/** Approval opens her shop: the application is approved and an active producer is created. */
export const approveProducerApplicationWorkflow = createWorkflow(
  approveProducerApplicationWorkflowId,
  (input: Omit<TransitionApplicationInput, "action">) => {
    const { data: applications } = useQueryGraphStep({
      entity: "producer_application",
      fields: ["id", "reference", "full_name", "city", "craft", "story", "locale"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const application = transitionApplicationStep(
      transform({ input }, ({ input }) => ({ ...input, action: "approve" as const }))
    )
    const handle = generateProducerHandleStep(
      transform({ applications }, ({ applications: [applicant] }) => ({
        name: applicant.full_name,
        reference: applicant.reference,
      }))
    )
    const producers = createProducersStep(
      transform({ applications, handle }, ({ applications: [applicant], handle }) => [
        {
          handle,
          name: applicant.full_name,
          city: applicant.city,
          craft: { [applicant.locale]: applicant.craft },
          story: { [applicant.locale]: applicant.story },
          status: "active" as const,
        },
      ])
    )
    createRemoteLinkStep(
      transform({ application, producers }, ({ application, producers: [producer] }) => [
        {
          [PRODUCER_APPLICATION_MODULE]: { producer_application_id: application.id },
          [PRODUCER_MODULE]: { producer_id: producer.id },
        },
      ])
    )
    emitEventStep({
      eventName: "producer_application.approved",
      data: transform({ application, producers }, ({ application, producers: [producer] }) => ({
        id: application.id,
        producer_id: producer.id,
      })),
    })
    return new WorkflowResponse(
      transform({ application, producers }, ({ application, producers: [producer] }) => ({
        application,
        producer,
      }))
    )
  }
)
