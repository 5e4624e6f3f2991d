import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LocalizedText, ProducerStatus } from "@imece/types"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export interface CreateProducerInput {
  handle: string
  name: string
  /** Defaults to `name`. */
  full_name?: string | null
  /** Where the cooperative writes to her; never shown to shoppers. */
  email?: string | null
  craft?: LocalizedText | null
  story?: LocalizedText | null
  city?: string | null
  status?: ProducerStatus
  avatar_url?: string | null
}

export const createProducersStepId = "create-producers"

export const createProducersStep = createStep(
  createProducersStepId,
  async (input: CreateProducerInput[], { container }) => {
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const producers = await producerModule.createProducers(
      input.map((producer) => ({ ...producer, full_name: producer.full_name ?? producer.name }))
    )
    return new StepResponse(
      producers,
      producers.map((producer) => producer.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const producerModule: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producerModule.deleteProducers(createdIds)
  }
)
