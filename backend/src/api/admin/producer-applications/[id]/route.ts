import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveApplication } from "../helpers"

/** One application with her answers and its full history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ application: await retrieveApplication(req.scope, req.params.id) })
}
