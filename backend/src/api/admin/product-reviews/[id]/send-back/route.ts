import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideOnProduct } from "../../helpers"
import type { AdminSendBackProductType } from "../../validators"

/** Sends a product back to her with the reason; she changes it and it waits again. */
export const POST = (
  req: AuthenticatedMedusaRequest<AdminSendBackProductType>,
  res: MedusaResponse
) => decideOnProduct(req, res, { decision: "send_back", reason: req.validatedBody.reason })
