import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutBatchResponse } from "@imece/types"
import { settlePayoutBatchWorkflow } from "../../../../../workflows/producer-ledger/workflows/settle-payout-batch"
import { retrieveAdminBatch } from "../../helpers"

/** The bank has sent the batch: each payout goes on its producer's ledger. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPayoutBatchResponse>
) => {
  await settlePayoutBatchWorkflow(req.scope).run({
    input: { id: req.params.id, outcome: "paid", actor_id: req.auth_context.actor_id },
  })
  const { batch } = await retrieveAdminBatch(req.scope, req.params.id)
  res.json({ payout_batch: batch })
}
