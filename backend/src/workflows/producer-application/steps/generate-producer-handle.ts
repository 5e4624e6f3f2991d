import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { handleFromName } from "../../../utils/handle"

export const generateProducerHandleStepId = "generate-producer-handle"

/** A shop handle nobody has yet: her name, then her name with a number. */
export const generateProducerHandleStep = createStep(
  generateProducerHandleStepId,
  async (input: { name: string; reference: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const base = handleFromName(input.name, input.reference)
    const taken = new Set(
      (
        await producers.listProducers(
          { handle: { $like: `${base}%` } },
          { select: ["handle"], withDeleted: true }
        )
      ).map((producer) => producer.handle)
    )
    let handle = base
    for (let n = 2; taken.has(handle); n++) {
      handle = `${base}-${n}`
    }
    return new StepResponse(handle)
  }
)
