import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ORDER_TRANSITIONS, type ProducerOrderAction } from "../status-machine"

export const validateProducerOrderStatusStepId = "validate-producer-order-status"

/** Refuses a step out of order before anything is written (and before a fulfillment is made). */
export const validateProducerOrderStatusStep = createStep(
  validateProducerOrderStatusStepId,
  async (input: { status: string; display_id: number; action: ProducerOrderAction }) => {
    const { from } = PRODUCER_ORDER_TRANSITIONS[input.action]
    if (input.status !== from) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order #${input.display_id} is ${input.status}; this step needs an order that is ${from}.`
      )
    }
    return new StepResponse(undefined)
  }
)
