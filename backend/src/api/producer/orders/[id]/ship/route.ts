import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@imece/types"
import { moveProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/move-producer-order"
import { retrieveOwnOrder } from "../../helpers"
import type { ProducerShipOrderType } from "../../validators"

/** She hands her part to the carrier: Medusa's fulfillment of her items, with the tracking number. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerShipOrderType>,
  res: MedusaResponse<ProducerOrderResponse>
) => {
  await retrieveOwnOrder(req.scope, req.auth_context.actor_id, req.params.id)
  await moveProducerOrderWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "ship",
      carrier: req.validatedBody.carrier,
      tracking_number: req.validatedBody.tracking_number,
      now: new Date(),
    },
  })
  res.json({ order: await retrieveOwnOrder(req.scope, req.auth_context.actor_id, req.params.id) })
}
