import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProducerStatus } from "@imece/types"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { CodedError } from "../../../utils/coded-error"

export const setProducerStatusStepId = "set-producer-status"

/** Moves a producer between active and suspended; refuses a move from any other status. */
export const setProducerStatusStep = createStep(
  setProducerStatusStepId,
  async (input: { id: string; from: ProducerStatus; to: ProducerStatus }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const producer = await producers.retrieveProducer(input.id)
    if (producer.status !== input.from) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "producer_status_refused",
        `${producer.name} is ${producer.status}; only a producer who is ${input.from} can become ${input.to}.`,
        { producer: producer.name }
      )
    }
    const updated = await producers.updateProducers({ id: input.id, status: input.to })
    return new StepResponse(updated, { id: input.id, status: producer.status })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProducers(previous)
  }
)
