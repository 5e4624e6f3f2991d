import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setOwnProductStatus } from "../../helpers"

/** Puts an archived product of hers back on sale (or up for review, under moderation). */
export const POST = (req: AuthenticatedMedusaRequest, res: MedusaResponse) =>
  setOwnProductStatus(req, res, "publish")
