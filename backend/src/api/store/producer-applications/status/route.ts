import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findApplicationOfApplicant } from "../helpers"
import type { StoreGetApplicationStatusParamsType } from "../validators"

/** Where her application is, and staff's message when they asked for changes or declined. */
export const GET = async (
  req: MedusaRequest<unknown, StoreGetApplicationStatusParamsType>,
  res: MedusaResponse
) => {
  const application = await findApplicationOfApplicant(req.scope, req.validatedQuery)
  res.json({ application })
}
