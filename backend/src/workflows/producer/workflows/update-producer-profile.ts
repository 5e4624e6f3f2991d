import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { handleShowsSurname } from "../../../utils/handle"
import { generateProducerHandleStep } from "../../producer-application/steps/generate-producer-handle"
import { changeProducerHandleStep } from "../steps/change-producer-handle"
import {
  updateProducerProfileStep,
  type ProducerProfileChanges,
} from "../steps/update-producer-profile"
import { setPayoutAccountStep } from "../steps/set-payout-account"
import { validatePayoutAccountStep } from "../steps/validate-payout-account"

export const updateProducerProfileWorkflowId = "update-producer-profile"

/**
 * She changes her shop's profile, privacy choices, policies, vacation or payout account. While
 * she hides her surname, her shop's handle must not show it either: a handle made from her
 * whole name (before handles were made from first names) gives way to a new one, and the old
 * one keeps leading to her shop.
 */
export const updateProducerProfileWorkflow = createWorkflow(
  updateProducerProfileWorkflowId,
  (input: { id: string; changes: ProducerProfileChanges }) => {
    validatePayoutAccountStep(input)
    // Her payout account lives apart from her record (see the ledger's `payout_account`).
    const split = transform({ input }, ({ input }) => {
      const { iban, iban_holder, ...profile } = input.changes
      return {
        profile: { id: input.id, changes: profile },
        account: { producer_id: input.id, changes: { iban, iban_holder } },
      }
    })
    setPayoutAccountStep(split.account)
    const producer = updateProducerProfileStep(split.profile)
    when(
      "handle-without-surname",
      { producer },
      ({ producer }) =>
        !producer.show_full_name &&
        handleShowsSurname(producer.handle, producer.full_name ?? producer.name)
    ).then(() => {
      const handle = generateProducerHandleStep(
        transform({ producer }, ({ producer }) => ({
          name: producer.full_name ?? producer.name,
          // For a first name too short for a handle: a word that says nothing about her.
          fallback: "shop",
        }))
      )
      changeProducerHandleStep(
        transform({ input, handle }, ({ input, handle }) => ({ id: input.id, handle }))
      )
    })
    emitEventStep({ eventName: "producer.updated", data: { id: input.id } })
    return new WorkflowResponse(producer)
  }
)
