import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_ORDER_MODULE } from "../../../modules/producer-order"
import type ProducerOrderModuleService from "../../../modules/producer-order/service"
import { CodedError } from "../../../utils/coded-error"
import { PRODUCER_ORDER_TRANSITIONS, type ProducerOrderAction } from "../status-machine"

export interface MoveProducerOrderInput {
  id: string
  action: ProducerOrderAction
  carrier?: string
  tracking_number?: string
  fulfillment_id?: string | null
  now: Date
}

const STATUS_WORDS = { prepare: "prepared", ship: "shipped", deliver: "delivered" }

export const moveProducerOrderStepId = "move-producer-order"

/** Moves her part one step along `new → preparing → shipped → delivered`, refusing any other. */
export const moveProducerOrderStep = createStep(
  moveProducerOrderStepId,
  async (input: MoveProducerOrderInput, { container }) => {
    const producerOrders: ProducerOrderModuleService = container.resolve(PRODUCER_ORDER_MODULE)
    const current = await producerOrders.retrieveProducerOrder(input.id)
    const { from, to } = PRODUCER_ORDER_TRANSITIONS[input.action]
    if (current.status !== from) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "producer_order_not_ready",
        `Order #${current.display_id} is ${current.status}; only an order that is ${from} can be ${STATUS_WORDS[input.action]}.`,
        // A string: an order number reads without a thousands separator.
        { display_id: String(current.display_id) }
      )
    }
    const updated = await producerOrders.updateProducerOrders({
      id: input.id,
      status: to,
      ...(input.action === "ship"
        ? {
            carrier: input.carrier,
            tracking_number: input.tracking_number,
            fulfillment_id: input.fulfillment_id ?? null,
            shipped_at: input.now,
          }
        : {}),
      ...(input.action === "deliver" ? { delivered_at: input.now } : {}),
    })
    return new StepResponse(updated, {
      id: current.id,
      status: current.status,
      carrier: current.carrier,
      tracking_number: current.tracking_number,
      fulfillment_id: current.fulfillment_id,
      shipped_at: current.shipped_at,
      delivered_at: current.delivered_at,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const producerOrders: ProducerOrderModuleService = container.resolve(PRODUCER_ORDER_MODULE)
    await producerOrders.updateProducerOrders(previous)
  }
)
