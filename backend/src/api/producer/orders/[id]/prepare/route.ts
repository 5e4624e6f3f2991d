import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@imece/types"
import { moveProducerOrderWorkflow } from "../../../../../workflows/producer-order/workflows/move-producer-order"
import { retrieveOwnOrder } from "../../helpers"

/** She starts preparing her part. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ProducerOrderResponse>
) => {
  await retrieveOwnOrder(req.scope, req.auth_context.actor_id, req.params.id)
  await moveProducerOrderWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      action: "prepare",
      now: new Date(),
    },
  })
  res.json({ order: await retrieveOwnOrder(req.scope, req.auth_context.actor_id, req.params.id) })
}
