import { queryKeysFactory } from "@imece/client"
import type { AdminPendingPaymentListParams, AdminRecordPaymentReceiptBody } from "@imece/types"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const pendingPaymentsQueryKeys = queryKeysFactory<
  "pending-payments",
  AdminPendingPaymentListParams
>("pending-payments")

export function usePendingPayments(query: AdminPendingPaymentListParams) {
  return useQuery({
    queryKey: pendingPaymentsQueryKeys.list(query),
    queryFn: () => client.admin.pendingPayments.list(query),
    // Keep the current page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  })
}

/**
 * Records money received for a payment: when everything received matches what is due, the
 * payment is captured and the order leaves the list; otherwise it stays, flagged.
 */
export function useRecordReceipt() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ paymentId, body }: { paymentId: string; body: AdminRecordPaymentReceiptBody }) =>
      client.admin.pendingPayments.recordReceipt(paymentId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pendingPaymentsQueryKeys.lists() }),
  })
}
