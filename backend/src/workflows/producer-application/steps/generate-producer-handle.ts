import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { handleFromName } from "../../../utils/handle"

export const generateProducerHandleStepId = "generate-producer-handle"

/**
 * A shop handle no shop has had, from her first name only: "ayse", then "ayse-2"… `fallback`
 * stands in for a first name in another script or too short to read as a handle.
 */
export const generateProducerHandleStep = createStep(
  generateProducerHandleStepId,
  async (input: { name: string; fallback: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    return new StepResponse(await producers.freeHandle(handleFromName(input.name, input.fallback)))
  }
)
