import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { createProducersStep, type CreateProducerInput } from "../steps/create-producers"

export interface CreateProducersWorkflowInput {
  producers: (CreateProducerInput & {
    /** Products she made, linked to her as she is created. */
    product_ids?: string[]
  })[]
}

export const createProducersWorkflowId = "create-producers"

export const createProducersWorkflow = createWorkflow(
  createProducersWorkflowId,
  (input: CreateProducersWorkflowInput) => {
    const producerData = transform({ input }, ({ input }) =>
      input.producers.map(({ product_ids: _productIds, ...producer }) => producer)
    )
    const producers = createProducersStep(producerData)

    const links = transform({ input, producers }, ({ input, producers }) =>
      producers.flatMap((producer, index) =>
        (input.producers[index].product_ids ?? []).map((productId) => ({
          [PRODUCER_MODULE]: { producer_id: producer.id },
          [Modules.PRODUCT]: { product_id: productId },
        }))
      )
    )
    createRemoteLinkStep(links)

    const eventData = transform({ producers }, ({ producers }) =>
      producers.map((producer) => ({ id: producer.id }))
    )
    emitEventStep({ eventName: "producer.created", data: eventData })

    return new WorkflowResponse(producers)
  }
)
