import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerOrderResponse } from "@imece/types"
import { moveOwnOrder } from "../../helpers"

/** She starts preparing her part. */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse<ProducerOrderResponse>) =>
  moveOwnOrder(req, res, { action: "prepare" })
