import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminPayoutBatchListResponse, AdminPayoutBatchResponse } from "@imece/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { confirmPayoutBatchWorkflow } from "../../../workflows/producer-ledger/workflows/confirm-payout-batch"
import { asAdminBatch, payoutBatchFields, producerNames, retrieveAdminBatch } from "./helpers"
import {
  endOfPeriod,
  refuseFuturePeriodEnd,
  startOfPeriod,
  type AdminGetPayoutBatchesParamsType,
  type PayoutPeriodType,
} from "./validators"

/** Batches, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutBatchesParamsType>,
  res: MedusaResponse<AdminPayoutBatchListResponse>
) => {
  const { limit, offset } = req.validatedQuery
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_batch",
    fields: payoutBatchFields,
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  type Stored = Parameters<typeof asAdminBatch>[0]
  const batches: Stored[] = data
  const names = await producerNames(
    req.scope,
    batches.flatMap((batch) => (batch.payouts ?? []).flatMap((p) => (p ? [p.producer_id] : [])))
  )
  res.json({
    payout_batches: batches.map((batch) => asAdminBatch(batch, names)),
    count: metadata?.count ?? batches.length,
    offset,
    limit,
  })
}

/** Staff confirm the proposal: the batch is made and its earnings are settled to it. */
export const POST = async (
  req: AuthenticatedMedusaRequest<PayoutPeriodType>,
  res: MedusaResponse<AdminPayoutBatchResponse>
) => {
  const cooperative: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const timeZone = await cooperative.retrieveTimeZone()
  refuseFuturePeriodEnd(req.validatedBody.period_end, timeZone)
  const { result } = await confirmPayoutBatchWorkflow(req.scope).run({
    input: {
      period_start: startOfPeriod(req.validatedBody.period_start, timeZone).toISOString(),
      period_end: endOfPeriod(req.validatedBody.period_end, timeZone).toISOString(),
      created_by: req.auth_context.actor_id,
    },
  })
  const { batch } = await retrieveAdminBatch(req.scope, result.batchId)
  res.status(201).json({ payout_batch: batch })
}
