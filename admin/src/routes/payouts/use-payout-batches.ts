import { queryKeysFactory, type AdminPayoutPeriod } from "@imece/client"
import type { AdminPayoutBatch } from "@imece/types"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"
import { saveFile } from "../../lib/save-file"

type PayoutBatchListQuery = { limit: number; offset: number }

const batchKeys = queryKeysFactory<"payout-batches", PayoutBatchListQuery>("payout-batches")

/**
 * Batches' keys, with the period's proposal under the same root: confirming or canceling a batch
 * changes what the next proposal holds, so every change invalidates the whole root.
 */
export const payoutBatchesQueryKeys = {
  ...batchKeys,
  proposal: (period: AdminPayoutPeriod) => [...batchKeys.all, "proposal", { period }] as const,
}

export function usePayoutBatches(query: PayoutBatchListQuery) {
  return useQuery({
    queryKey: payoutBatchesQueryKeys.list(query),
    queryFn: () => client.admin.payoutBatches.list(query),
    placeholderData: keepPreviousData,
  })
}

/** What a batch for the period would pay; asked only for a period that can be paid. */
export function usePayoutProposal(period: AdminPayoutPeriod | null) {
  return useQuery({
    queryKey: payoutBatchesQueryKeys.proposal(period ?? { period_start: "", period_end: "" }),
    queryFn: async () =>
      (await client.admin.payoutBatches.proposal(period as AdminPayoutPeriod)).payout_proposal,
    enabled: period !== null,
    placeholderData: keepPreviousData,
  })
}

const useInvalidatePayouts = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: payoutBatchesQueryKeys.all })
}

/** Administrators: the period's batch is made and its earnings set aside for it. */
export function useConfirmPayoutBatch() {
  const invalidate = useInvalidatePayouts()
  return useMutation({
    // Only the two days: the API refuses any other field.
    mutationFn: async ({ period_start, period_end }: AdminPayoutPeriod) =>
      (await client.admin.payoutBatches.confirm({ period_start, period_end })).payout_batch,
    onSuccess: invalidate,
  })
}

/** Administrators: the bank has sent it (`markPaid`), or it will not be sent (`cancel`). */
export function useSettlePayoutBatch() {
  const invalidate = useInvalidatePayouts()
  return useMutation({
    mutationFn: async ({ id, outcome }: { id: string; outcome: "markPaid" | "cancel" }) =>
      (await client.admin.payoutBatches[outcome](id)).payout_batch,
    onSuccess: invalidate,
  })
}

/** The batch's CSV for the bank, saved as `<reference>.csv`. */
export function useDownloadPayoutCsv() {
  return useMutation({
    mutationFn: async (batch: Pick<AdminPayoutBatch, "id" | "reference">) =>
      saveFile(await client.admin.payoutBatches.exportCsv(batch.id), `${batch.reference}.csv`),
  })
}
