import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const changeProducerHandleStepId = "change-producer-handle"

/** What undoing gives back: the handle she had, and the previous handle kept for it. */
type Undo = { id: string; moved?: { handle: string; keptId: string } }

/**
 * Gives her shop a new handle; the one it had is kept as a previous handle, so that links to it
 * still lead to her shop. Undoing gives the old handle back.
 */
export const changeProducerHandleStep = createStep(
  changeProducerHandleStepId,
  async (input: { id: string; handle: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const { handle } = await producers.retrieveProducer(input.id, { select: ["handle"] })
    if (handle === input.handle) {
      return new StepResponse<string, Undo>(handle, { id: input.id })
    }
    const [kept] = await producers.createProducerPreviousHandles([
      { handle, producer_id: input.id },
    ])
    await producers.updateProducers({ id: input.id, handle: input.handle })
    return new StepResponse<string, Undo>(input.handle, {
      id: input.id,
      moved: { handle, keptId: kept.id },
    })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo?.moved) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteProducerPreviousHandles(undo.moved.keptId)
    await producers.updateProducers({ id: undo.id, handle: undo.moved.handle })
  }
)
