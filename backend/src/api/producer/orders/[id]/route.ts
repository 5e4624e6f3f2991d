import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@imece/types"
import { retrieveOwnOrder } from "../helpers"

/** Her part with the address to ship it to. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ProducerOrderResponse>
) => {
  res.json({ order: await retrieveOwnOrder(req.scope, req.auth_context.actor_id, req.params.id) })
}
