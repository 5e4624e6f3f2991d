import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOwnProductStatus } from "../../helpers"

/** Takes her product out of the store; orders that have it keep it. */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) =>
  setOwnProductStatus(req, res, "archive")
