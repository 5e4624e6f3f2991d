import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOwnProduct } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    product: await retrieveOwnProduct(req.scope, req.auth_context.actor_id, req.params.id),
  })
}
