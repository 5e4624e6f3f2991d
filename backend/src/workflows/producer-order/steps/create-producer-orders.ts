import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ORDER_MODULE } from "../../../modules/producer-order"
import type ProducerOrderModuleService from "../../../modules/producer-order/service"
import type { ProducerOrderPartInput } from "../../../modules/producer-order/service"

export type ProducerOrderDraft = ProducerOrderPartInput

export const createProducerOrdersStepId = "create-producer-orders"

/**
 * Creates each producer's part that does not exist yet, so splitting the same order again (a
 * redelivered event, a second worker) changes nothing. Undoing removes only what it created.
 */
export const createProducerOrdersStep = createStep(
  createProducerOrdersStepId,
  async (drafts: ProducerOrderDraft[], { container }) => {
    const producerOrders: ProducerOrderModuleService = container.resolve(PRODUCER_ORDER_MODULE)
    if (!drafts.length) {
      return new StepResponse([], [] as string[])
    }
    const existing = await producerOrders.listProducerOrders({
      order_id: [...new Set(drafts.map((draft) => draft.order_id))],
    })
    const missing = drafts.filter(
      (draft) =>
        !existing.some(
          (part) => part.order_id === draft.order_id && part.producer_id === draft.producer_id
        )
    )
    const created = missing.length ? await producerOrders.createPartsWithItems(missing) : []
    return new StepResponse(
      [...existing, ...created],
      created.map((part) => part.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const producerOrders: ProducerOrderModuleService = container.resolve(PRODUCER_ORDER_MODULE)
    const items = await producerOrders.listProducerOrderItems(
      { producer_order_id: createdIds },
      { select: ["id"] }
    )
    await producerOrders.deleteProducerOrderItems(items.map((item) => item.id))
    await producerOrders.deleteProducerOrders(createdIds)
  }
)
