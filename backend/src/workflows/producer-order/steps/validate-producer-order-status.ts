import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CodedError } from "../../../utils/coded-error"
import { PRODUCER_ORDER_TRANSITIONS, type ProducerOrderAction } from "../status-machine"

export const validateProducerOrderStatusStepId = "validate-producer-order-status"

/** Refuses a step out of order before anything is written (and before a fulfillment is made). */
export const validateProducerOrderStatusStep = createStep(
  validateProducerOrderStatusStepId,
  async (input: { status: string; display_id: number; action: ProducerOrderAction }) => {
    const { from } = PRODUCER_ORDER_TRANSITIONS[input.action]
    if (input.status !== from) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "producer_order_not_ready",
        `Order #${input.display_id} is ${input.status}; this step needs an order that is ${from}.`,
        // A string: an order number reads without a thousands separator.
        { display_id: String(input.display_id) }
      )
    }
    return new StepResponse(undefined)
  }
)
