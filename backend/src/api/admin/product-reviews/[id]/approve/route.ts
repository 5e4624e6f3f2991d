import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideOnProduct } from "../../helpers"

/** Puts a product waiting for review on sale. */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) =>
  decideOnProduct(req, res, { decision: "approve" })
