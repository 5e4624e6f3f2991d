import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@imece/types"
import { moveOwnOrder } from "../../helpers"
import type { ProducerShipOrderType } from "../../validators"

/** She hands her part to the carrier: Medusa's fulfillment of her items, with the tracking number. */
export const POST = (
  req: AuthenticatedMedusaRequest<ProducerShipOrderType>,
  res: MedusaResponse<ProducerOrderResponse>
) => moveOwnOrder(req, res, { action: "ship", ...req.validatedBody })
