import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerShopResponse } from "@imece/types"
import { updateProducerProfileWorkflow } from "../../../workflows/producer/workflows/update-producer-profile"
import { retrieveOwnShop } from "../helpers"
import type { ProducerUpdateMeType } from "./validators"

/** The logged-in producer's own shop. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ProducerShopResponse>
) => {
  res.json({ producer: await retrieveOwnShop(req.scope, req.auth_context.actor_id) })
}

/** She changes her profile, what shoppers may see of her, her policies or her vacation. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ProducerUpdateMeType>,
  res: MedusaResponse<ProducerShopResponse>
) => {
  await updateProducerProfileWorkflow(req.scope).run({
    input: { id: req.auth_context.actor_id, changes: req.validatedBody },
  })
  res.json({ producer: await retrieveOwnShop(req.scope, req.auth_context.actor_id) })
}
