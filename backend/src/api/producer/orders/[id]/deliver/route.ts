import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@imece/types"
import { moveOwnOrder } from "../../helpers"

/** Her part has arrived. */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerOrderResponse>) =>
  moveOwnOrder(req, res, { action: "deliver" })
