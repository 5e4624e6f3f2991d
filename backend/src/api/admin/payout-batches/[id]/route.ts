import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutBatchResponse } from "@imece/types"
import { retrieveAdminBatch } from "../helpers"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPayoutBatchResponse>
) => {
  const { batch } = await retrieveAdminBatch(req.scope, req.params.id)
  res.json({ payout_batch: batch })
}
