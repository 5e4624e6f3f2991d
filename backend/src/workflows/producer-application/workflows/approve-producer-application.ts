import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  emitEventStep,
  setAuthAppMetadataStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { PRODUCER_APPLICATION_MODULE } from "../../../modules/producer-application"
import { createProducersStep } from "../../producer/steps/create-producers"
import { ensureAuthIdentityStep } from "../steps/ensure-auth-identity"
import { generateProducerHandleStep } from "../steps/generate-producer-handle"
import {
  transitionApplicationStep,
  type TransitionApplicationInput,
} from "../steps/transition-application"

export const approveProducerApplicationWorkflowId = "approve-producer-application"

/**
 * Approval opens her shop: the application is approved, an active producer is created and her
 * email-and-password login is given the producer role. The invitation follows as an event.
 */
export const approveProducerApplicationWorkflow = createWorkflow(
  approveProducerApplicationWorkflowId,
  (input: Omit<TransitionApplicationInput, "action">) => {
    const { data: applications } = useQueryGraphStep({
      entity: "producer_application",
      fields: ["id", "reference", "full_name", "email", "city", "craft", "story", "locale"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const application = transitionApplicationStep(
      transform({ input }, ({ input }) => ({ ...input, action: "approve" as const }))
    )
    const handle = generateProducerHandleStep(
      transform({ applications }, ({ applications: [applicant] }) => ({
        name: applicant.full_name,
        fallback: applicant.reference,
      }))
    )
    const producers = createProducersStep(
      transform({ applications, handle }, ({ applications: [applicant], handle }) => [
        {
          handle,
          name: applicant.full_name,
          email: applicant.email,
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
    const login = ensureAuthIdentityStep(
      transform({ applications }, ({ applications: [applicant] }) => ({ email: applicant.email }))
    )
    setAuthAppMetadataStep(
      transform({ login, producers }, ({ login, producers: [producer] }) => ({
        authIdentityId: login.authIdentityId,
        actorType: "producer",
        value: producer.id,
      }))
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
